# array.array: typed buffers read as ints and floats, their methods, operators and repr.
from array import array
import array as arraymod

a = array('i', [1, 2, 3])
print(a, repr(a), len(a), a[0], a[-1], a.typecode, a.itemsize)
a.append(4)
a.extend([5, 6])
print(a, a.pop(), a.pop(0), a)
a.insert(1, 10)
a.remove(10)
print(a.index(3), a.count(3), 3 in a, 99 in a)
a.reverse()
print(a, a.tolist(), a[1:3], a[::-1])
print(sum(a), min(a), max(a), sorted(a))
for x in a:
    print(x, end=" ")
print()
d = arraymod.array('d', [1.0, 2.5])
d[0] = 3
print(d, d + d, d * 2, d == array('d', [3.0, 2.5]), d.tobytes())
f = array('f', [0.1])
print(f, f.itemsize)
e = array('d')
print(e, len(e), bool(e))
b = array('b', b'ab')
print(b, b.tobytes())
b.frombytes(b'\xff')
print(b)
try:
    b[0] = 200
except OverflowError as ex:
    print("OverflowError:", ex)
q = array('Q', [9223372036854775807])
print(q)
try:
    q.append(-1)
except OverflowError as ex:
    print("OverflowError:", ex)
print(array('l', range(5)))

a = array('i', [1, 2, 3])
alias = a
a += array('i', [4])
a *= 2
print(alias, a is alias)
del a[0]
del a[::2]
print(a, array('i', [1]) == array('d', [1.0]), array('h', [1, 2]) != array('h', [1, 2]))
print([array('h', [1]), array('h')])
print(array('q', [i * i for i in range(6)]), array('B', (x for x in range(3))))
print(list(array('b', b'\x80\x7f')), array('H', [1, 2]).tobytes())
