# The first program: greetings, a little arithmetic and Python's float printing.

def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation


print(greet("world"))
print(greet("Krait", "?"))
print("2 + 3 =", 2 + 3, "and 7 / 2 =", 7 / 2)
print("0.1 + 0.2 =", 0.1 + 0.2)
