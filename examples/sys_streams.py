# sys.stdout.write/flush, sys.stderr.write, print(file=sys.stderr) and sys.stdin (at its end here: '' and []); ends with sys.exit(2).
import sys

sys.stdout.write("written\n")
n = sys.stdout.write("count: ")
print(n)
sys.stdout.flush()
print("between")
sys.stdout.write("é\n")
line = sys.stdin.readline()
print(repr(line), repr(sys.stdin.read()), sys.stdin.readlines())
print(sys.maxsize, len(sys.argv))
sys.setrecursionlimit(5000)
sys.stderr.write("first\n")
print("to stderr", 1, 2.5, sep="-", file=sys.stderr)
print("to stdout", end="!\n", file=sys.stdout, flush=True)
sys.stderr.write("done\n")
sys.exit(2)
