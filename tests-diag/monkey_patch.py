# Replacing a class's method, or giving a closure an attribute (one per closure made: not supported;
# a module-level def's attributes are, see examples/func_attributes.py).


class Greeter:
    def hello(self):
        return "hello"


def shout(self):
    return "HELLO"


def make_helper():
    def helper():
        return 1
    return helper


helper = make_helper()

Greeter.hello = shout  # error: setting method 'hello' of class 'Greeter' from outside its class body \(monkey-patching\)
helper.calls = 0  # error: setting attribute 'calls' of a function is not supported
print(Greeter().hello(), helper())
