# A method only some classes of a variable have (AttributeError at run time), __cause__/__context__ of chained exceptions, divmod(float, int), %(name)s formatting with a dict.
class Base:
    def hello(self):
        return "base"


class Special(Base):
    def extra(self):
        return "extra"


items = [Base(), Special()]
print(items[1].extra())
try:
    print(items[0].extra())
except AttributeError as e:
    print("AttributeError:", e)


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad " + repr(text)) from e


try:
    parse("x")
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| context:", e.__context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("during")
except ValueError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__, type(e.__cause__).__name__)
try:
    raise TypeError("plain")
except TypeError as e:
    print(e.__cause__, e.__context__)
print(divmod(7.5, 2), pow(2, 0.5), "%(a)s-%(b)05.1f %%" % {"a": 1.5, "b": 2.25}, "%s" % {"k": 1})
