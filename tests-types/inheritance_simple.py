class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

class Dog(Animal):
    def speak(self):
        return self.name + " says woof"

print(Dog("rex").speak(), Animal("x").speak())
