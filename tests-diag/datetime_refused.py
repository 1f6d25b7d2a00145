# datetime operations Krait's model leaves out are refused at their line.
from datetime import date, datetime, timedelta

print(2 * timedelta(hours=1))  # error: unsupported operand type\(s\) for \*: 'int' and 'timedelta'
print(abs(timedelta(hours=1)))  # error: abs\(\) does not accept arguments of type \(timedelta\)
print(date(2024, 1, 1) < datetime(2024, 1, 1))  # error: '<' not supported between instances of 'date' and 'datetime'
print(date(2024, 1, 1) + date(2024, 1, 2))  # error: unsupported operand type\(s\) for \+: 'date' and 'date'
