# A loop over a tuple of classes is unrolled only where its variable is read nowhere else: here
# it is read after the loop, so the variable would hold two classes.
class Circle:
    pass


class Square:
    pass


for cls in (Circle, Square):  # error: variable 'cls' holds both type\[Circle\] and type\[Square\]
    print(cls.__name__)
print(cls.__name__)
