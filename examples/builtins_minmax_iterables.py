# min()/max() over any iterable and tuples (with key=), str.startswith/endswith with a tuple, partition, istitle, expandtabs.
t = (4, 9, 2)
print(min(t), max(t), min(t, key=lambda x: -x), max("hello"), min({3, 1, 2}), max(range(5), key=lambda k: (k * 7) % 5))
print(min(x * x for x in range(-3, 3)), max({"a": 1, "zz": 2}), min(["bb", "a"], key=len))
print("abc.py".endswith((".txt", ".py")), "x".startswith(("y",)), "a,b".partition(","), "ab".rpartition(","))
print("Hello World".istitle(), "hello World".istitle(), "a\tbc\td".expandtabs(4), "\t1".expandtabs())
