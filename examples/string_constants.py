# string: the character-class constants and capwords.
import string
from string import ascii_lowercase, digits

print(string.ascii_letters, string.ascii_uppercase, ascii_lowercase)
print(digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords("hello   big world"), string.capwords(" a-b-c ", "-"), string.capwords("ÉTÉ à la plage"))
word = "Krait-2.0!"
print([c for c in word if c in string.ascii_letters], [c for c in word if c in string.punctuation])
print("".join(c for c in "a1b2c3" if c in digits), sum(1 for c in "Hello World" if c in string.ascii_uppercase))
