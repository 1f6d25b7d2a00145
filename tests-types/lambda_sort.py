people = [("bob", 30), ("al", 25)]
people.sort(key=lambda p: p[1])
names = list(map(lambda p: p[0], people))
print(people, names)
