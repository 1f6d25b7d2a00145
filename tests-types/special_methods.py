class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __str__(self):
        return str(self.cents // 100) + "." + str(self.cents % 100)

print(Money(150) + Money(275))
