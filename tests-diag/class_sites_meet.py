# Boxes made with an int and with a str are typed apart (one class per allocation site), but one
# list cannot hold both: the conflict names the two sites.


class Box:
    def __init__(self, value):
        self.value = value


small = Box(1)  # note: Box@10 comes in here
boxes = [small]
boxes.append(Box("a"))  # error: container holds both Box@10 and Box@12
print(len(boxes))
