# FizzBuzz with a twist: configurable rules kept in two parallel lists.

divisors = [3, 5, 7]
words = ["Fizz", "Buzz", "Bazz"]


def speak(n):
    out = ""
    for i in range(len(divisors)):
        if n % divisors[i] == 0:
            out = out + words[i]
    if out == "":
        return str(n)
    return out


def count_plain(limit):
    count = 0
    for n in range(1, limit + 1):
        if speak(n) == str(n):
            count += 1
    return count


def count_words(limit, word):
    count = 0
    for n in range(1, limit + 1):
        if speak(n) == word:
            count += 1
    return count


for n in range(1, 36):
    if n % 7 == 0:
        print(speak(n))
    else:
        print(speak(n), end=", ")

print()
print("up to 1000:")
print("  plain numbers:", count_plain(1000))
print("  Fizz alone:   ", count_words(1000, "Fizz"))
print("  FizzBuzz:     ", count_words(1000, "FizzBuzz"))
print("  FizzBuzzBazz: ", count_words(1000, "FizzBuzzBazz"))

# Counting down with a negative step, stopping at the first triple match.
for n in range(300, 0, -1):
    if speak(n) == "FizzBuzzBazz":
        print("largest FizzBuzzBazz at or below 300:", n)
        break
