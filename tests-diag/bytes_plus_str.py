# Joining bytes and str with +, which Python rejects too (but only at run time).

header = b"GET "
print(header + "/index.html")  # error: unsupported operand type\(s\) for \+: 'bytes' and 'str'
