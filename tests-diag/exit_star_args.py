# __exit__(self, *args) is not compiled yet: Krait passes the three values as parameters of their own.
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit", len(args))


with Guard():  # error: an __exit__ without exactly the parameters \(self, exc_type, exc, tb\)
    print("inside")
