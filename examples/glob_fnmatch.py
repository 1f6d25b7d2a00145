# fnmatch patterns and glob.glob over a directory tree the program makes (and removes).
import fnmatch
import glob
import os
from fnmatch import fnmatchcase

names = ["main.py", "util.py", "README.md", ".hidden.py", "data1.csv", "data2.csv", "data10.csv",
         "notes.txt", "x", "[a].txt", "résumé.txt"]
for pat in ["*.py", "*", "data?.csv", "data[0-9]*.csv", "[!a-z]*", "*.[ct][sx][vt]", "[]a]*", "[a-]*",
            "?", "*[", "[z-a]*", "r?sum?.txt", "*.PY", "[[]a].txt"]:
    print(f"{pat!r:20}", [n for n in names if fnmatch.fnmatch(n, pat)])
print(fnmatch.filter(names, "*.csv"))
print(fnmatchcase("Makefile", "M*"), fnmatchcase("makefile", "M*"))

ROOT = "glob_fnmatch_tree"
os.makedirs(ROOT + "/src/pkg")
os.mkdir(ROOT + "/docs")
for path in ["src/a.py", "src/b.py", "src/pkg/c.py", "src/pkg/data.json", "docs/index.md",
             "docs/.draft.md", "top.py"]:
    with open(ROOT + "/" + path, "w") as f:
        f.write(path + "\n")

print(sorted(glob.glob(ROOT + "/*")))
print(sorted(glob.glob(ROOT + "/*.py")))
print(sorted(glob.glob(ROOT + "/*/*.py")))
print(sorted(glob.glob(ROOT + "/src/*/*")))
print(sorted(glob.glob(ROOT + "/docs/*")), sorted(glob.glob(ROOT + "/docs/.*")))
print(sorted(glob.glob(ROOT + "/s?c/[ab].py")))
print(glob.glob(ROOT + "/top.py"), glob.glob(ROOT + "/missing.py"), glob.glob(ROOT + "/docs/"))
print(glob.glob("glob_fnmatch_tree*"), glob.has_magic("a*"), glob.has_magic("a.txt"))

for path in sorted(glob.glob(ROOT + "/*/*")) + sorted(glob.glob(ROOT + "/*/*/*")) + glob.glob(ROOT + "/docs/.*") + [ROOT + "/top.py"]:
    if not os.path.isdir(path):
        os.remove(path)
for d in [ROOT + "/src/pkg", ROOT + "/src", ROOT + "/docs", ROOT]:
    os.rmdir(d)
print(os.path.exists(ROOT))
