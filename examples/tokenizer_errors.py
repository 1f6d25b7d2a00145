# A tokenizer that raises a user exception on bad input: while loops, slicing, tuples, try/except.
class ParseError(Exception):
    pass

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("num", text[i:j]))
            i = j
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"bad character {ch!r} at {i}")
    return tokens

def evaluate(tokens):
    stack = []
    for kind, text in tokens:
        if kind == "num":
            stack.append(int(text))
    return stack

for src in ["1 + 22 * 3", "(4 - 5)", "7 % 2"]:
    try:
        toks = tokenize(src)
        print(toks, evaluate(toks))
    except ParseError as err:
        print("error:", err)
