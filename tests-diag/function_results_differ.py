# Functions held together in one list are one function object: their results must share one type.


def count(s):
    return len(s)


def shout(s):  # note: def shout returns str
    return s.upper()


handlers = [count, shout]
for h in handlers:
    print(h("hi"))  # error: the functions called here return different types
