# N-queens: count all solutions by backtracking with column and diagonal occupancy lists, for several board sizes.


def count_queens(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    board = [0] * n

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                board[row] = c
                total += place(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + n] = False
        return total

    return place(0)


def first_solution(n):
    placed = []

    def ok(col):
        row = len(placed)
        for r, c in enumerate(placed):
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def search():
        if len(placed) == n:
            return True
        for col in range(n):
            if ok(col):
                placed.append(col)
                if search():
                    return True
                placed.pop()
        return False

    search()
    return placed


for n in range(4, 10):
    print(n, count_queens(n))
for n in (16, 18, 19, 21, 23):
    print(n, first_solution(n))
