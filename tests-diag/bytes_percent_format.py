# printf-style formatting of bytes, which Krait leaves out.

count = 3
print(b"%d items" % count)  # error: '%' formatting of bytes is not supported yet
