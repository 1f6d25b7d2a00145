# A keyword argument that the function has no parameter for.


def greet(name):
    return "hi " + name


print(greet(nme="ann"))  # error: unexpected keyword argument 'nme'|nme
