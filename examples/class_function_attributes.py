# Calling a function held by an instance attribute (self.on_click(...)), closures stored in objects, callable().
class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click

    def press(self):
        return self.on_click(self.label)


class Tally:
    def __init__(self, step):
        self.bump = make_counter(step)


def shout(s):
    return s.upper() + "!"


def make_counter(step):
    count = [0]

    def bump(label):
        count[0] += step
        return label + " #" + str(count[0])
    return bump


b = Button("ok", shout)
t = Tally(5)
print(b.press(), b.on_click("direct"), t.bump("a"), t.bump("b"))
print(callable(b.on_click), callable(b.label))
