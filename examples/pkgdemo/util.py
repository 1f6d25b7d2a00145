print("loading util", __name__)
counter = 0

def helper(x):
    return x * 10

class Node:
    def __init__(self, name):
        self.name = name

def bump():
    global counter
    counter += 1

if __name__ == "__main__":
    print("never")
