words = "a bc def".split()
lengths = [len(w) for w in words]
print(words, lengths)
