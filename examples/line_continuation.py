# Backslash line continuations and strings that start with a backslash-newline: the generated
# C++ quotes each source line in a comment, which must not swallow the statement after it.
total = 1 + \
    2
print(total)
TEXT = """\
first line
second line"""
print(TEXT.split("\n"))
if total > 2 and \
        len(TEXT) > 5:
    print("both")
