# isinstance() of an except clause's variable with a subclass of the caught class is decided at run time (it was always False).
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, name):
        super().__init__("missing " + name)
        self.name = name


try:
    raise NotFound("x")
except AppError as e:
    print(isinstance(e, NotFound), type(e).__name__, e)
    print(isinstance(e, (KeyError, NotFound)), isinstance(e, AppError), isinstance(e, KeyError))
for exc in [NotFound("y"), AppError("z")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, isinstance(e, NotFound), isinstance(e, AppError))
try:
    {"a": 1}["k"]
except LookupError as e:
    print(isinstance(e, KeyError), isinstance(e, IndexError))
