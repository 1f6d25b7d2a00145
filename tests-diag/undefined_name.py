# Reading a variable that is never assigned anywhere.

def area(width, height):
    return width * heigth  # error: name 'heigth' is not defined


print(area(3, 4))
