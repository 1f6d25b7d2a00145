# dict.keys(), .values() and .items() are views, named as typeshed names them: dict_keys[K, V]...
ages = {"ann": 31, "bob": 27}
names = ages.keys()
years = ages.values()
pairs = ages.items()
oldest = max(years)
listed = list(pairs)
common = names & {"ann"}
for name, age in pairs:
    print(name, age)
first, *others = names
