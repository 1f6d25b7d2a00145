def scaled(x):
    return x * SCALE  # error: name .SCALE. is not defined
