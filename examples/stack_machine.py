# A tiny stack calculator with a fixed-size stack; the last program overflows it (IndexError).

stack = [0, 0, 0, 0]
depth = 0


def push(v):
    global depth
    stack[depth] = v
    depth += 1


def pop():
    global depth
    depth -= 1
    return stack[depth]


def run(program):
    for word in program:
        if word == "+":
            push(pop() + pop())
        elif word == "*":
            push(pop() * pop())
        elif word == "-":
            b = pop()
            push(pop() - b)
        elif word == "print":
            print("  top:", pop())
        else:
            push(int(word))
        print(word, "-> depth", depth)


print("program 1")
run(["2", "3", "+", "4", "*", "print"])
print("program 2")
run(["10", "-3", "-", "7", "7", "*", "+", "print"])
print("program 3")
run(["1", "2", "3", "4", "5", "+", "+", "+", "+", "print"])
print("not reached")
