if x:
	if y:
		pass  # type: ignore
	else:
			pass

def f(a,  # type: int
      b):
    # type: (...) -> None
    return (a +
            b)
x = [1,

  2]  \
  + [3]
