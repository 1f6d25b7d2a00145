import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, it uses "
        "every letter of the alphabet at least once; typists--and font designers--love it.")

for w in [10, 20, 35, 70]:
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 12))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 12, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand\nnewlines  too", 12))
print(textwrap.wrap("   leading and trailing   ", 8))
print(textwrap.wrap("   leading and trailing   ", 8, drop_whitespace=False))
print(textwrap.wrap("", 10))
print(textwrap.wrap("numbers 123-456 and e-mail x-y", 9))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world, how are you today?", width=20, placeholder="..."))
print(repr(textwrap.dedent("    def f():\n        return 1\n    \n    x = 2\n")))
print(repr(textwrap.dedent("\thello\n\t  world\n")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.indent("one\ntwo\n\nthree\n", "> ")))
print(repr(textwrap.indent("a\r\nb\n  \nc", "+")))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("hello there", 3)
except ValueError as e:
    print("ValueError:", e)
