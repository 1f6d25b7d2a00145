# A checker that reports errors and stops with sys.exit(3) once too many are found; finally still runs.
import sys

MAX_ERRORS = 3
LINES = ["x = 1", "y = x + 2", "z == 4", "print(y)", "w = = 5", "q = 7", "= 8", "never checked"]


def check(line):
    if "=" not in line:
        return "no assignment" if not line.startswith("print(") else ""
    left, _, right = line.partition("=")
    if not left.strip():
        return "missing target"
    if right.startswith("=") or right.strip().startswith("="):
        return "stray '='"
    return ""


errors = 0
try:
    for number, line in enumerate(LINES, start=1):
        problem = check(line)
        if problem:
            errors += 1
            print(f"line {number}: {problem}: {line}")
            if errors == MAX_ERRORS:
                print("too many errors, stopping")
                sys.exit(3)
        else:
            print(f"line {number}: ok")
finally:
    print("checked with", errors, "errors")
print("not reached")
