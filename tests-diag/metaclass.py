# A metaclass changes how a class is created, which Krait fixes at compile time.


class Meta(type):  # error: a base class
    pass


class Model(metaclass=Meta):  # error: a metaclass .* is not supported
    pass
