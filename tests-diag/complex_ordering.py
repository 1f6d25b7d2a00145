# complex numbers have no order: Python raises TypeError for <, which Krait reports at compile time.

a = 1 + 2j
b = 3j
print(a < b)  # error: '<' not supported between instances of 'complex' and 'complex'
