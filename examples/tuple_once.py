# A tuple produced by a call is evaluated once, however its items are used afterwards.
calls = []


def triple(tag):
    calls.append(tag)
    return len(calls), len(calls) * 2, len(tag)


for item in triple("loop"):
    print(item)
print("%d %d %d" % triple("percent"))
print("%s/%s" % ((1,) + triple("concat")[:1]))
print("calls:", calls)
