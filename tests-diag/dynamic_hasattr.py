# hasattr and delattr ask about or change an object's set of attributes while the program runs.


class Box:
    def __init__(self):
        self.item = 1


b = Box()
if hasattr(b, "item"):  # error: 'hasattr' .* is not supported
    delattr(b, "item")  # error: 'delattr' \(removing an attribute.*\) is not supported
