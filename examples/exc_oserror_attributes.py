# OSError's attributes for failed system calls, and None for a program's own OSError.

import os
for path in ["/nonexistent/x.txt", "/", "/etc/hostname/sub"]:
    try:
        with open(path) as f:
            f.read()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, "|", e)
try:
    raise OSError("plain message")
except OSError as e:
    print(e.errno, e.strerror, e.filename, e)
try:
    os.remove("/nonexistent-file")
except FileNotFoundError as e:
    print(e.errno == 2, e.filename)
