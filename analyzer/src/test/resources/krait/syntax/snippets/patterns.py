match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case ["x", *_]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(0, y=yy) as p:
        pass
    case pkg.mod.Cls(a, b, c=[1, 2]):
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {1: _, "k": v, None: n, True: t}:
        pass
    case {mod.CONST: value}:
        pass
    case 0 | 1 | -1 | 1.5 | -2.5j | 1 + 2j | -1 - 2j | "s" | b"b" | "a" "b":
        pass
    case None | True | False:
        pass
    case Color.RED:
        pass
    case (1, 2):
        pass
    case (x,):
        pass
    case ():
        pass
    case []:
        pass
    case (x):
        pass
    case ((a as b) as c):
        pass
    case x if x > 0:
        pass
    case _:
        pass

match x, y:
    case a, b:
        pass
    case *a, b:
        pass

match (yield):
    case _:
        pass

match = 1
match.attr = 2
match[0] = 3
match(x)
case = 4
_ = 5
print(match, case, _)
match -x:
    case 1:
        pass
match *a, b:
    case _:
        pass
