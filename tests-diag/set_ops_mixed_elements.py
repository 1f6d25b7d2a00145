# '&', '-' and the ordering comparisons between sets of different element types look one C++ type
# up in another: refused where written (== and 'in' work, as does | which makes a mixed set an error).
tags = {"a", "b"}
ids = {1, 2}
print(tags & ids)  # error: '&' between sets of different element types is not supported yet
print(ids - {1.0})  # error: '-' between sets of different element types is not supported yet
print(ids <= {2.5})  # error: '<=' between sets of different element types is not supported yet
print(tags == ids, 1.0 in ids, "a" in ids)
