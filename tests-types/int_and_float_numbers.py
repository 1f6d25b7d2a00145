prices = [10, 20, 5.5]
total = sum(prices)
half = prices[0] / 2


class Account:
    def __init__(self, balance):
        self.balance = balance


a = Account(100)
b = Account(250.5)


def pick(c):
    return 1 if c else 0.5


x = pick(True)
stock = {"a": 1, "b": 2.5}
print(total, half, a.balance, b.balance, x, stock)
