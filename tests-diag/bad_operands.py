# Adding a str and an int, which Python rejects too (but only at run time).

def label(n):
    return "item " + n  # error: unsupported operand type\(s\) for \+: 'str' and 'int'


print(label(3))
