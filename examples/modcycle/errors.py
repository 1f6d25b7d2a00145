class AppError(Exception):
    pass
def check(x):
    if x < 0:
        raise AppError("negative: " + str(x))
    return x
