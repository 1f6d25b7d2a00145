class AppError(Exception):
    pass

def check(x):
    if x < 0:
        raise AppError("negative")
    return x

try:
    check(-1)
except AppError as e:
    msg = str(e)
    print(msg)
