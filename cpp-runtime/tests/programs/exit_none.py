import sys
print("bye")
sys.exit(None)
print("unreachable")
