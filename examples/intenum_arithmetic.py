# IntEnum members are ints in arithmetic: unary operators, abs, int/float/bool, every binary operator.
from enum import IntEnum
class Dir(IntEnum):
    N = 1
    S = -1
    Z = 0
class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(-Dir.N, +Dir.S, ~Dir.N, abs(Dir.S), Dir.N + 1, Dir.S * 3, Dir.N - Dir.S)
print(Level.HIGH // 3, Level.HIGH % 3, Level.MID / 2, Level.HIGH & 3, Level.MID | 2, Level.MID ^ 1, Level.LOW << 3, Level.HIGH >> 1)
print(7 // Level.MID, 7 % Level.MID, 7 / Level.MID, 6 & Level.MID, 10 - Level.HIGH)
print(int(Level.MID), float(Level.LOW), bool(Dir.Z), bool(Dir.N), not Dir.Z)
xs = ["a", "b", "c", "d", "e", "f"]
total = 0
for lv in Level:
    total += lv * 2
    if Dir.Z:
        print("never")
print(total, sum(lv.value for lv in Level), max(Level.LOW, Level.HIGH), sorted([Level.HIGH, Level.LOW]))
print(abs(-Level.MID), -Level.MID * Dir.S)
