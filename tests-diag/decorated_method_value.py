# A method wrapped by a decorator of the program, taken from an instance as a value: not supported yet.
def traced(fn):
    def wrapper(*args):
        print("call")
        return fn(*args)
    return wrapper


class A:
    @traced
    def f(self, x):
        return x


cb = A().f  # error: a decorated method used as a value
print(cb(1))
