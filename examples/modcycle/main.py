import even
from odd import is_odd
from errors import AppError, check
print(even.is_even(10), is_odd(7), even.is_even(3))
print(even.calls, __name__)
try:
    check(-1)
except AppError as e:
    print("caught", e)
check(-2)
