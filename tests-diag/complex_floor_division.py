# // and % are not defined for complex numbers (Python raises TypeError when the line runs).

z = 1 + 2j
print(z // 2)  # error: unsupported operand type\(s\) for //: 'complex' and 'int'
