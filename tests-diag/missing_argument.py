# Calling a function without one of its required arguments.


def area(w, h):
    return w * h


print(area(3))  # error: area\(\) missing required argument 'h'
