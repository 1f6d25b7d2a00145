import odd
print("even body, odd loaded:", odd.LOADED)
calls = 0
def is_even(n):
    global calls
    calls += 1
    if n == 0:
        return True
    return odd.is_odd(n - 1)
