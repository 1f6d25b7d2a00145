class AppError(Exception):
    pass
print("x")
raise AppError("went wrong")
