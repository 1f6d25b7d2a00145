import a
import b


def helper(x):
    return x


print(a.helper(1), b.helper("s"), helper(2.5), a.Node(1).v, b.Node("n").v)
