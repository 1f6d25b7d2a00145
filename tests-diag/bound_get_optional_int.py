# d.get as a key function on a dict of ints returns an int or None, which Krait can't hold yet.
stock = {"apple": 5, "banana": 0}
print(sorted(stock, key=stock.get))  # error: '\.get' as a function whose results are int \| None
