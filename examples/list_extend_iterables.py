# list.extend() of any iterable: a generator, range, tuple, set, str, dict, itself.
xs = [1]
xs.extend(x * 2 for x in range(3))
xs.extend(range(2))
xs.extend((7, 8))
xs.extend({5})
xs.extend([9])
xs.extend(xs)
ys = [[1]]
ys.extend([i] for i in range(2))
cs = ["a"]
cs.extend("bc")
cs.extend({"k": 1})
cs.extend(())
print(xs, ys, cs)
