# functools.lru_cache is compiled only on module-level functions; on a method it is reported.
from functools import lru_cache


class Grid:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)  # error: functools.lru_cache here .*is not supported yet
    def cells(self, k):
        return self.n * k


print(Grid(3).cells(2))
