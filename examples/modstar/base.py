class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

class Oops(Exception):
    pass

def fail():
    raise Oops("bad")
