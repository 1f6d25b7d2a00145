def box(w, h=1, *, depth=2):
    return w * h * depth

print(box(3), box(3, 4, depth=5))
