# Palindromes: reversing strings by indexing, ignoring non-letters, and palindromic numbers.

def reverse(s):
    out = ""
    i = len(s) - 1
    while i >= 0:
        out = out + s[i]
        i -= 1
    return out


def letters_only(s):
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    for i in range(len(s)):
        for j in range(26):
            if s[i] == lower[j] or s[i] == upper[j]:
                out = out + lower[j]
    return out


def is_palindrome(s):
    t = letters_only(s)
    return t == reverse(t)


phrases = ["racecar", "Never odd or even", "A man, a plan, a canal: Panama",
           "Krait compiles Python", "Was it a car or a cat I saw?", ""]
for p in phrases:
    print(is_palindrome(p), "<-", "'" + p + "'")

print("reverse('stressed') =", reverse("stressed"))
print("last letter via negative index:", "Python"[-1], "first:", "Python"[0])

count = 0
largest = 0
for n in range(10, 1000):
    s = str(n)
    if s == reverse(s) and n % 11 == 0:
        count += 1
        largest = n
print("palindromic multiples of 11 below 1000:", count, "largest", largest)

# Largest palindrome made from the product of two 2-digit numbers.
best = 0
for a in range(99, 9, -1):
    for b in range(a, 9, -1):
        if a * b > best and str(a * b) == reverse(str(a * b)):
            best = a * b
print("largest palindrome product of two 2-digit numbers:", best)
