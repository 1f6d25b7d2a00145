# sys.stdin as a text file: iteration, read(), readline(), readlines(), and input() at the end
# of input (the example tests run with stdin from /dev/null).
import sys
from sys import stdin

count = 0
total = 0
for line in sys.stdin:
    count += 1
    total += len(line.split())
print("lines:", count, "words:", total)
print(repr(stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(sys.stdin.readable(), sys.stdin.writable())
lines = [line.rstrip("\n") for line in sys.stdin]
print(lines)
try:
    name = input("name? ")
    print("hello", name)
except EOFError as e:
    print()
    print("EOFError:", e)
print("last:", input())
