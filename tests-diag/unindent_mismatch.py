# A dedent that lands between two enclosing indentation levels.

def sign(n):
    if n < 0:
        return -1
  return 1  # error: unindent does not match any outer indentation level


print(sign(-5))
