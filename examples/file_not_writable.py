# Writing to a file opened for reading: CPython's io.UnsupportedOperation, uncaught.
PATH = "/tmp/krait_example_file_not_writable.txt"

with open(PATH, "w") as f:
    f.write("read only\n")
with open(PATH) as f:
    print(f.read(), end="")
    f.write("more\n")
