# A comprehension whose variable has the name of what it iterates: the first iterable is read
# in the enclosing scope, before the comprehension binds the name.
def f(y):
    return [y * 2 for y in y]
def g(y):
    return {y for y in y}
def h(y):
    return {y: 1 for y in y}
def k(y):
    return sum(y for y in y)
def n(x):
    return [(x, y) for x in x for y in range(x)]
def m(rows):
    return [rows for rows in rows if rows]
def r(n):
    return [n * n for n in range(n)]
def e(xs):
    return [(xs, i) for i, xs in enumerate(xs)]
def d(k):
    return [k + str(v) for k, v in k.items()]
def t(a):
    return [a for a in (a, a + 1)]
def j(s):
    return "-".join(s for s in s.split())
def w(word):
    return "".join([word.upper() for word in word])
def nest(x):
    return [[x for x in x] for x in x]
print(f([1, 2, 3]))
print(sorted(g([3, 1, 3])))
print(h([1, 2]))
print(k([4, 5]))
print(n([1, 2]))
print(m([0, 1, 2]))
print(list(y + 1 for y in [1, 2]))
print(r(4))
print(e(["a", "b"]))
print(d({"a": 1, "b": 2}))
print(t(5))
print(j("a b c"))
print(w("abc"))
print(nest([[1, 2], [3]]))
