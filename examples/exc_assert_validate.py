# Input validation with assert (with messages), AssertionError handling, and custom exceptions carrying extra fields.


class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def validate_user(record):
    name, age, email = record
    if not name:
        raise ValidationError("name", "must not be empty")
    if not name[0].isupper():
        raise ValidationError("name", f"{name!r} should start with a capital")
    if not 0 < age < 150:
        raise ValidationError("age", f"{age} is out of range")
    if email.count("@") != 1:
        raise ValidationError("email", f"{email!r} needs exactly one @")
    return name.lower() + "@" + email.split("@")[1]


def mean(values):
    assert len(values) > 0, "mean of an empty list"
    return sum(values) / len(values)


def checked_sqrt(x):
    assert x >= 0, f"negative input {x}"
    r = x ** 0.5
    assert abs(r * r - x) < 1e-9
    return r


records = [("Ada", 36, "ada@example.org"), ("", 20, "x@y"), ("bob", 44, "bob@b.com"),
           ("Cy", 200, "cy@c.com"), ("Di", 28, "di.at.d.com"), ("Ed", 61, "ed@@e.com"), ("Flo", 9, "flo@f.net")]
problems = {}
for rec in records:
    try:
        print("ok:", validate_user(rec))
    except ValidationError as e:
        print("invalid:", e)
        problems[e.field] = problems.get(e.field, 0) + 1
print("problems by field:", problems)
for data in [[2.0, 4.0, 9.0], []]:
    try:
        print("mean:", mean(data))
    except AssertionError as e:
        print("AssertionError:", e)
for x in [16.0, 2.0, -1.0]:
    try:
        print("sqrt:", checked_sqrt(x))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert message is empty:", repr(str(e)))
