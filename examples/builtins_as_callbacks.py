# Builtin functions passed as callbacks: key=sum, key=len, key=max, map(sum, ...), map(round, ...),
# sorted(..., key=abs); the parameters a callback doesn't pass take the builtin's defaults
matrix = [[1, 2, 3], [9, 0, 0], [4, 4, 4]]
print(max(matrix, key=sum), min(matrix, key=max), sorted(matrix, key=sum))
print(list(map(sum, matrix)), list(map(len, ["a", "bcd", ""])), list(map(max, matrix)), list(map(min, [(3, 1), (0, 2)])))
floats = [[0.5, 0.25], [1.5], [2.0, -4.0]]
print(list(map(sum, floats)), sorted(floats, key=sum), max(floats, key=len))
print(list(map(round, [1.4, 2.5, 3.5, -0.5])), sorted([-3, 2, -1], key=abs), list(map(abs, [-2.5, 1.0])))
words = ["pear", "Fig", "apple", "kiwi"]
print(sorted(words, key=len), sorted(words, key=str.lower), max(words, key=len), list(map(str.upper, words)))
print(list(map(int, ["7", "-3"])), list(map(float, ["1.5", "2"])), list(map(str, [1.0, 2.5])), list(map(bool, [0, 3])))
