# Mandelbrot set: escape-time iteration over a grid, printing the count of inside points and a checksum of iterations.


def mandel_row(y, width, height, max_iter):
    row = []
    ci = 2.0 * y / height - 1.0
    for x in range(width):
        cr = 3.0 * x / width - 2.0
        zr = zi = 0.0
        n = 0
        while n < max_iter:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            n += 1
        row.append(n)
    return row


def mandelbrot(width, height, max_iter):
    inside = 0
    checksum = 0
    for y in range(height):
        row = mandel_row(y, width, height, max_iter)
        for n in row:
            if n == max_iter:
                inside += 1
            checksum = (checksum * 33 + n) % 1000000007
    return inside, checksum


inside, checksum = mandelbrot(360, 240, 250)
print("inside", inside, "checksum", checksum)
