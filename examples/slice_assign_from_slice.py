# Slice assignment whose value is a slice of a list (the same list or another): every shape.


class Holder:
    def __init__(self, items):
        self.items = items


def show(label, xs):
    print(label, xs)


def main():
    for k in range(6):
        p = [0, 1, 2, 3, 4, 5]
        p[:k + 1] = p[k::-1]
        show("reverse prefix", p)
    a = list(range(8))
    a[2:5] = a[1:7]
    show("grow from self", a)
    a = list(range(8))
    a[1:7] = a[2:4]
    show("shrink from self", a)
    a = list(range(8))
    a[::2] = a[1::2]
    show("extended from self", a)
    a = list(range(8))
    a[::-1] = a[:]
    show("reversed by extended", a)
    a = list(range(8))
    a[3:] = a[:-3]
    show("tail from head", a)
    a = list(range(8))
    b = [10, 20, 30, 40, 50]
    a[-2:] = b[::-2]
    show("from other", a)
    a[:0] = b[4:1:-1]
    show("insert at front", a)
    a[100:] = b[-100:2]
    show("append past end", a)
    a[2:6] = b[3:1]
    show("delete by empty", a)
    h = Holder([1, 2, 3, 4, 5])
    h.items[1:4] = h.items[3:0:-1]
    show("field", h.items)
    words = ["a", "b", "c", "d"]
    words[:3] = words[2::-1]
    show("strings", words)
    f = [0.5, 1.5, 2.5]
    f[1:] = f[:1]
    show("floats", f)
    try:
        a = list(range(6))
        a[::2] = a[::3]
    except ValueError as e:
        print("ValueError:", e)
    try:
        a = list(range(6))
        z = 0
        a[:2] = a[::z]
    except ValueError as e:
        print("ValueError:", e)
    print(a)


main()
