def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


where = find([1, 2], 3)
print(type(where).__name__)  # error: type\(\) of a number that may be None is not supported yet
