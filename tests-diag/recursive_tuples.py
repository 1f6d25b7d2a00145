# A tree whose nodes are tuples has no fixed type: the error is at the tuple that nests.


def parse(tokens):
    node = ("num", 0.0)
    for t in tokens:
        node = ("neg", node)  # error: recursive data built from tuples .* use a class for its nodes
    return node


print(parse(["-", "-"]))
