# int ** int is a float exactly when the exponent is written as a negative literal.
n = 3
a = 2 ** n
b = 2 ** -1
c = pow(2, -3)
d = pow(2, n)
e = pow(3, -1, 7)
f = 2.0 ** n
