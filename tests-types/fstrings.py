name = "pi"
value = 3.14159
line = f"{name}={value:.2f}"
width = len(line)
print(line, width)
