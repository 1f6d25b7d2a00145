def adder(n):
    def add(x):
        return x + n
    return add

add5 = adder(5)
print(add5(1), add5(10))
