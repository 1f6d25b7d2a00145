# Bubble sort on ints and on strings, with an early exit when no swaps happen.

def bubble_sort(xs):
    n = len(xs)
    passes = 0
    while True:
        swapped = False
        for i in range(1, n):
            if xs[i - 1] > xs[i]:
                tmp = xs[i - 1]
                xs[i - 1] = xs[i]
                xs[i] = tmp
                swapped = True
        passes += 1
        n -= 1
        if not swapped:
            break
    return passes


def show(label, xs):
    print(label, end=":")
    for x in xs:
        print("", x, end="")
    print()


numbers = [64, -3, 25, 12, 22, 11, 0, 90, -17, 5]
show("before", numbers)
print("passes:", bubble_sort(numbers))
show("after ", numbers)

already = [1, 2, 3, 4, 5]
print("passes on sorted input:", bubble_sort(already))

words = ["pear", "apple", "fig", "banana", "Cherry", "date"]
show("before", words)
bubble_sort(words)
show("after ", words)
print("min/max word:", min(words), max(words))
