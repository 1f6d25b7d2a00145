# array.array: CPython's errors for out-of-range values and indexes, ending with an uncaught one.
from array import array

def total(xs):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i]
    return s

a = array('i', [1, 2])
b = a
a += array('i', [3])
print(a, b, a is b)
a *= 2
print(a, b)
print(total(array('d', [0.5, 1.5])), total(array('f', [0.25])))
print([array('h', [1]), array('h')])
c = array('B', range(3))
c.fromlist([7, 8])
try:
    c.fromlist([9, 300])
except OverflowError as e:
    print("OverflowError:", e, c)
print(c, list(c), c.index(7), c.pop(), c)
try:
    c.index(99)
except ValueError as e:
    print(e)
try:
    array('i').pop()
except IndexError as e:
    print(e)
try:
    c[10]
except IndexError as e:
    print(e)
try:
    c[10] = 1
except IndexError as e:
    print(e)
x = array('i', [1, 2, 3])
try:
    x.frombytes(b'abc')
except ValueError as e:
    print(e)
w = array('I', [1, 2])
w.byteswap()
print(w)
print(array('d', [1, 2]), array('f', [1e40, -0.0]))
h = array('h', [1, 2, 3])
h.extend(h)
print(h, h[1:-1:2], h.count(1))
print(array('l', [5, 3]) == array('q', [5, 3]), array('i', [1]) != array('i', [2]))
s = array('H')
s.append(65535)
s.insert(-10, 3)
print(s, s.tolist())
array('I', [5]).append(-1)
