# Library functions Krait leaves out are reported at the line that uses them.
import time
import operator
import os.path

print(time.asctime())  # error: module 'time' has no attribute 'asctime'
print(operator.length_hint([1]))  # error: module 'operator' has no attribute 'length_hint'
print(os.path.expanduser("~"))  # error: module 'os.path' has no attribute 'expanduser'
