# The same argument given by position and by keyword.


def scale(x, factor):
    return x * factor


print(scale(2, x=3))  # error: got multiple values for argument 'x'
