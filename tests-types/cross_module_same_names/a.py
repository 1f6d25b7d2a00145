class Node:
    def __init__(self, v):
        self.v = v


def helper(x):
    return x * 2
