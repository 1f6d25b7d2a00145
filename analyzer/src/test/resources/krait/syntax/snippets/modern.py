import asyncio


@decorator
@decorator.with_args(1, key="v")
@(lambda f: f)
def decorated(a, b, /, c, *, d=1, **kw) -> "str":
    return f"{a!r} {b!s:>{c}} {d=} {kw!a:{'x'}^10} {{literal}} {a, b} {x for x in c}"


async def coroutine(session, *urls):
    async with session.get(urls[0]) as response, other() as (x, y):
        data = await response.text()
    async for item in aiter(urls):
        yield item
    result = [await f async for f in fs if await f]
    return {k: await v for k, v in pairs}


def generator():
    x = yield
    y = yield x
    z = yield from range(3)
    yield 1, 2


if (n := len(data)) > 10 and (m := n // 2):
    print(n, m)
first, *middle, last = range(10)
*head, tail = items
(a, b), [c, *d] = pairs
x: int
y: "list[int]" = []
obj.attr: float = 1.5
seq[0]: int
matrix[1:2, ::3, ...] = a[:, None] @ b
t = a[1:2:3], a[::], a[:], a[x:y, z], a[*b], a[1, *c]

try:
    risky()
except* (ValueError, TypeError) as group:
    pass
except* OSError:
    raise
else:
    ok()
finally:
    done()

with (open(a) as f, open(b) as g,):
    pass
with (yield):
    pass
with (a, b):
    pass
with (a):
    pass

numbers = [0xFF, 0o777, 0b1010, 1_000, 0x_ff, 1e-3, 1.5e+10, 3.14j, 10J, 0.0, 00, 1_0.0_1e1_0, 123456789012345678901234567890]
strings = ['\x41\101\u00e9\U0001F600\N{BULLET}\N{LATIN SMALL LETTER A}', r'\n\d', b'\x00\xff\n', rb'\x', u'unicode',
           '''triple
quoted''', """other "triple" """, 'it\'s', "say \"hi\"", '\
continued', 'tab\there', '\0\7\77', 'a' 'b' "c"]
fs = [f'{x:{w}.{p}f}', F'{x!r:}', f'{"nested" + "q"}' if False else f"{'nested'}", rf'{x}\n', f'''{
    x
}''', f'{3.14:.2f}', f'{x}' f'{y}' 'z', f'{ x = !r:10}']
lam = lambda: 0, lambda *a, **k: (a, k), lambda x, /, y=2, *, z: x
cond = a if b else c if d else e
cmp = a < b == c is not d not in e
bits = ~a | b ^ c & d << 2 >> 1
ops = -a ** -b, (not a) == b, await_ if x else y
comp = [(x, y) for x in range(3) for y in range(x) if x if y]
nested = [[y for y in x] for x in m]
sets = {*a, *b}, {**a, 'k': 1, **b}
call(*args, *more, key=1, **kw, **more_kw)
del a[0], (b, c), [d]
global g1, g2
assert isinstance(x, int), "msg"
raise
print(..., Ellipsis, None, True, False)
x = y = z = 0
x //= 2; x **= 2; x @= m; x >>= 1; x <<= 1; x ^= 1; x |= 1; x &= 1; x %= 3


class Meta(type, metaclass=abc.ABCMeta, **options):
    """Doc."""

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)


def outer():
    x = 1

    def inner():
        nonlocal x
        x += 1
    return inner
