# A method Python's builtin classes have and Krait does not is named as such, and the lists that
# stay empty because of it raise no conflicts of their own.


def words_of(text):
    cleaned = str.format_map(text, {})  # error: built-in 'str\.format_map' is not supported yet
    return [w.lower() for w in cleaned.split()]


lines = []
for w in words_of("Hello, world!"):
    lines.append(w + "!")
print(lines, int.bit_length(5))  # error: built-in 'int\.bit_length' is not supported yet
