def words(text):
    for w in text.split():
        yield w.upper()

for w in words("a b"):
    print(w)
