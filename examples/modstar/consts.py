LIMIT = 10
NAME = "consts"
_private = 1

def get_limit():
    return LIMIT
