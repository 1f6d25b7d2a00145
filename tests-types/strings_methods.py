s = "Hello, World"
parts = s.lower().split(", ")
joined = "-".join(parts)
print(parts, joined, s.find("World"), s.startswith("He"))
