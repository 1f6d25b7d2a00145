# An except clause's variable holds whichever subclass was raised: its methods dispatch on the raised object's class.
class AppError(Exception):
    def describe(self):
        return "app error"


class NotFound(AppError):
    def describe(self):
        return "not found"


try:
    raise NotFound("x")
except AppError as e:
    print(e.describe())
