# RecursionError is raised at sys.getrecursionlimit() frames, as in CPython: it can be caught,
# 'finally' blocks run on the way out, and sys.setrecursionlimit moves the limit.
import sys

deepest = 0


def down(n):
    global deepest
    deepest = n
    down(n + 1)


def forever(n):
    return forever(n + 1) + 1


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


cleanups = []


def nested(n):
    try:
        nested(n + 1)
    finally:
        if n % 200 == 0:
            cleanups.append(n)


def main():
    try:
        down(1)
    except RecursionError as e:
        print("caught in main at", deepest, e)


try:
    down(1)
except RecursionError as e:
    print("caught at", deepest, e)
main()
try:
    forever(0)
    print("not reached")
except RecursionError:
    print("forever: RecursionError")
print(is_even(500), is_odd(501))
try:
    is_even(5000)
except RecursionError as e:
    print("is_even:", type(e).__name__, isinstance(e, RuntimeError))
try:
    nested(0)
except RecursionError:
    print("cleanups", cleanups)
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
try:
    down(1)
except RecursionError as e:
    print("limit 50: caught at", deepest)
sys.setrecursionlimit(5000)
print(is_even(4000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
