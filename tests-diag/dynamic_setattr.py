# setattr with an attribute name known only at run time.


class Config:
    def __init__(self):
        self.debug = False


c = Config()
setattr(c, "debug", True)
key = "debug"
setattr(c, key, False)  # error: 'setattr' with an attribute name that is not a constant string
print(c.debug)
