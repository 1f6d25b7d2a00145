class A:
    def who(self):
        return "A"

class B(A):
    pass

class C(B):
    def who(self):
        return "C" + super().who()

print(C().who(), B().who())
