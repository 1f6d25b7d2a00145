# operator.itemgetter, attrgetter and methodcaller as key functions and as plain callables.
import operator
from operator import attrgetter, itemgetter, methodcaller


class Employee:
    def __init__(self, name: str, dept: str, salary: int):
        self.name = name
        self.dept = dept
        self.salary = salary


class Team:
    def __init__(self, lead: Employee, size: int):
        self.lead = lead
        self.size = size


rows = [("pear", 3, 0.5), ("apple", 7, 1.25), ("fig", 3, 2.0), ("kiwi", 1, 0.75)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(2), reverse=True))
print(sorted(rows, key=itemgetter(1, 0)))
print(sorted(rows, key=operator.itemgetter(-1)))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(2))[0], min(rows, key=itemgetter(1)))
print(itemgetter(0, 2)(("a", "b", "c")), itemgetter(1)("xyz"), itemgetter(-2)([10, 20, 30]))

prices = {"pear": 0.5, "apple": 1.25, "fig": 2.0}
print(itemgetter("apple")(prices), sorted(prices.items(), key=itemgetter(1)))

staff = [Employee("dana", "ops", 5200), Employee("ali", "dev", 6100), Employee("kim", "dev", 4800),
         Employee("lee", "ops", 5900)]
print([e.name for e in sorted(staff, key=attrgetter("salary"))])
print([e.name for e in sorted(staff, key=attrgetter("dept", "name"))])
print(max(staff, key=operator.attrgetter("salary")).name, attrgetter("name", "dept")(staff[0]))
teams = [Team(staff[0], 4), Team(staff[1], 9), Team(staff[2], 2)]
print([t.size for t in sorted(teams, key=attrgetter("lead.name"))])
print(list(map(attrgetter("lead.salary"), teams)))

words = ["  Banana ", "apple", " Cherry"]
print(list(map(methodcaller("strip"), words)), sorted(words, key=methodcaller("lower")))
print(list(map(methodcaller("split", "-"), ["a-b", "c-d-e"])), methodcaller("replace", "a", "o")("banana"))
print(methodcaller("count", "an")("banana"), list(map(methodcaller("zfill", 4), ["7", "42"])))
