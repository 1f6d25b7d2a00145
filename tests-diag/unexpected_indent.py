# A statement indented deeper than the block it belongs to.

count = 0
for i in range(3):
    count += i
        print(count)  # error: unexpected indent
