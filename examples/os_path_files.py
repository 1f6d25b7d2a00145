# os and os.path: posixpath's string functions, directories and files, OSError subclasses and messages.
import os
import os.path
from os import path
from os.path import join, splitext

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir)
print(os.path.join("a", "b", "c"), join("/x", "/y", "z"), path.join("", "q"), os.path.join("a/", "b"))
for p in ["", "/", "//", "///", "a/b/../c", "./x/./y/", "/a/../../b", "../..", "//a//b", "a/./b/.."]:
    print(repr(p), repr(os.path.normpath(p)), os.path.split(p), os.path.dirname(p), repr(os.path.basename(p)))
for p in ["a.txt", ".bashrc", "..x", "a/b.c/d", "x.tar.gz", "dir.d/", "a/.hidden.ext", "noext"]:
    print(p, splitext(p), os.path.isabs(p))
base = "/tmp/krait_os_example_" + str(os.getpid())
if os.path.isdir(base):
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
os.makedirs(os.path.join(base, "sub", "deeper"))
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "sub"))
except FileExistsError as e:
    print("FileExistsError", str(e).replace(base, "BASE"))
try:
    os.mkdir(base)
except OSError as e:
    print("OSError", str(e).replace(base, "BASE"))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
os.rmdir(os.path.join(base, "sub", "deeper"))
os.rmdir(os.path.join(base, "sub"))
try:
    os.remove(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", str(e).replace(base, "BASE"))
try:
    os.rename(os.path.join(base, "a"), os.path.join(base, "b"))
except FileNotFoundError as e:
    print("FileNotFoundError", str(e).replace(base, "BASE"))
try:
    print(os.path.getsize("/nonexistent/file"))
except OSError as e:
    print("OSError", str(e).replace(base, "BASE"))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
print(os.getcwd() == os.path.abspath("."), os.path.abspath("/a/b/../c"))
print(os.getenv("KRAIT_SURELY_UNSET"), os.getenv("KRAIT_SURELY_UNSET", "dflt"), os.environ.get("KRAIT_SURELY_UNSET", "none"), "PATH" in os.environ)
print(os.environ["PATH"] == os.getenv("PATH"))
