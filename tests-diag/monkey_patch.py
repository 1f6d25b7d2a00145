# Replacing a class's method or giving a function an attribute from outside its definition.


class Greeter:
    def hello(self):
        return "hello"


def shout(self):
    return "HELLO"


def helper():
    return 1


Greeter.hello = shout  # error: setting method 'hello' of class 'Greeter' from outside its class body \(monkey-patching\)
helper.calls = 0  # error: setting attribute 'calls' of a function is not supported
print(Greeter().hello(), helper())
