# An opening parenthesis that is never closed; the error points at where it opens.

def half(n):
    return n // 2


print("half of 10 is", half(10)  # error: '\(' was never closed
