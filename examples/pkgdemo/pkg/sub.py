from . import helpers
print("loading pkg.sub")
def twice(x):
    return helpers.inc(x) * 2 - 2
