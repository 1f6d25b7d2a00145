# Newton's method for square roots, printing each iterate to show float repr.

def newton_sqrt(x, verbose):
    if x == 0:
        return 0.0
    guess = x / 2
    steps = 0
    while True:
        better = (guess + x / guess) / 2
        steps += 1
        if verbose:
            print("  step", steps, better)
        if abs(better - guess) < 1e-12 * better:
            return better
        guess = better


print("sqrt(2):")
r = newton_sqrt(2, True)
print("result", r, "squared", r * r)

print("sqrt(10):")
newton_sqrt(10, True)

print("table:")
for n in [1.0, 4.0, 9.0, 0.25, 1e-05, 1e16, 12345.678]:
    print(" ", n, "->", newton_sqrt(n, False))

print("sqrt(0) =", newton_sqrt(0, False))
print("compare with ** 0.5:", 2 ** 0.5, newton_sqrt(2.0, False) == 2 ** 0.5)
