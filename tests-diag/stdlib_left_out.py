# Library functions Krait leaves out are reported at the line that uses them.
import time
import operator
import os.path

print(time.localtime())  # error: module 'time' has no attribute 'localtime'
print(operator.itemgetter(1))  # error: module 'operator' has no attribute 'itemgetter'
print(os.path.expanduser("~"))  # error: module 'os.path' has no attribute 'expanduser'
