# Storing a str into a bytearray, which Python rejects too (but only at run time).

buf = bytearray(b"abc")
buf[0] = "x"  # error: 'str' object cannot be interpreted as an integer
print(buf)
