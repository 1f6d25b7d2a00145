import getopt

print(getopt.getopt(["-a", "-b", "val", "-cfoo", "rest", "-d"], "ab:c:d"))
print(getopt.getopt(["-abval", "--", "-x"], "ab:"))
print(getopt.getopt(["--verbose", "--out=file.txt", "--level", "3", "x"], "v", ["verbose", "out=", "level="]))
print(getopt.getopt(["--verb", "--ou", "f"], "", ["verbose", "out="]))
print(getopt.getopt(["--help"], "h", "help"))
print(getopt.getopt(["-", "-a"], "a"))
no_args = ["unused"][:0]
print(getopt.getopt(no_args, "a"))
print(getopt.gnu_getopt(["file1", "-a", "file2", "--long", "-bX", "--", "-c"], "ab:", ["long"]))
print(getopt.gnu_getopt(["file1", "-a"], "+a"))

opts, args = getopt.getopt(["-v", "-o", "out.txt", "in1", "in2"], "vo:")
for o, a in opts:
    if o == "-v":
        print("verbose")
    elif o in ("-o", "--output"):
        print("output", a)
print(args)

cases = [
    (["-x"], "ab", []),
    (["-b"], "ab:", []),
    (["--nope"], "", ["verbose"]),
    (["--ver"], "", ["verbose", "version"]),
    (["--out"], "", ["out="]),
    (["--verbose=1"], "", ["verbose"]),
    (["-:"], "a:", []),
]
for argv, shorts, longs in cases:
    try:
        print(getopt.getopt(argv, shorts, longs))
    except Exception as e:
        print(type(e).__name__, e)
getopt.getopt(["-q"], "v")
