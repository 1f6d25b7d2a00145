# __exit__ re-raising through the class it received: a class known only at run time can't be called yet.
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            raise exc_type("again")  # error: calling an exception class known only when the program runs
        return False


with Guard():
    pass
