def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    """Doc."""
    global x
    if a:
        return a
    elif b:
        pass
    else:
        return
    while True:
        break
    else:
        continue
    for i, j in pairs:
        print(i)
    else:
        pass
    try:
        x = 1
    except (A, B) as e:
        raise
    except C:
        pass
    else:
        y = 2
    finally:
        z = 3
    with open(f) as g, lock:
        pass
    def inner(p, /, q, *, r):
        nonlocal a
        return (yield q)


class C(Base, metaclass=Meta):
    x: int = 1
    y: list[int]
    (z): int = 3
    def m(self):
        return self.x
