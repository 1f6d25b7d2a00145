"""Tic-tac-toe with a memoised minimax player and alpha-beta pruning."""

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8),
         (0, 3, 6), (1, 4, 7), (2, 5, 8),
         (0, 4, 8), (2, 4, 6)]


class Board:
    def __init__(self, cells=None):
        self.cells = list(cells) if cells else [" "] * 9

    def __str__(self):
        rows = []
        for r in range(3):
            rows.append(" " + " | ".join(self.cells[r * 3:r * 3 + 3]))
        return "\n---+---+---\n".join(rows)

    def key(self):
        return "".join(self.cells)

    def moves(self):
        return [i for i, c in enumerate(self.cells) if c == " "]

    def play(self, i, mark):
        if self.cells[i] != " ":
            raise ValueError(f"square {i} is taken by {self.cells[i]}")
        nxt = Board(self.cells)
        nxt.cells[i] = mark
        return nxt

    def winner(self):
        for a, b, c in LINES:
            if self.cells[a] != " " and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return None

    def full(self):
        return " " not in self.cells


def other(mark):
    return "O" if mark == "X" else "X"


class Minimax:
    def __init__(self):
        self.cache = {}
        self.nodes = 0

    def score(self, board, mark, depth=0):
        """Score from X's point of view: +10 - depth for an X win."""
        key = (board.key(), mark)
        if key in self.cache:
            return self.cache[key]
        self.nodes += 1
        w = board.winner()
        if w == "X":
            result = 10 - depth
        elif w == "O":
            result = depth - 10
        elif board.full():
            result = 0
        else:
            scores = [self.score(board.play(m, mark), other(mark), depth + 1) for m in board.moves()]
            result = max(scores) if mark == "X" else min(scores)
        self.cache[key] = result
        return result

    def best_move(self, board, mark):
        options = []
        for m in board.moves():
            s = self.score(board.play(m, mark), other(mark), 1)
            options.append((s if mark == "X" else -s, -m, m))
        options.sort(reverse=True)
        return options[0][2]


def alphabeta(board, mark, alpha, beta, counter):
    counter[0] += 1
    w = board.winner()
    if w is not None:
        return 1 if w == "X" else -1
    if board.full():
        return 0
    if mark == "X":
        value = -2
        for m in board.moves():
            value = max(value, alphabeta(board.play(m, mark), "O", alpha, beta, counter))
            alpha = max(alpha, value)
            if alpha >= beta:
                break
        return value
    value = 2
    for m in board.moves():
        value = min(value, alphabeta(board.play(m, mark), "X", alpha, beta, counter))
        beta = min(beta, value)
        if alpha >= beta:
            break
    return value


def self_play(ai, first_moves):
    board = Board()
    mark = "X"
    history = []
    for forced in first_moves:
        board = board.play(forced, mark)
        history.append(forced)
        mark = other(mark)
    while board.winner() is None and not board.full():
        m = ai.best_move(board, mark)
        board = board.play(m, mark)
        history.append(m)
        mark = other(mark)
    return board, history


def main():
    ai = Minimax()
    print("value of empty board:", ai.score(Board(), "X"))
    print("positions evaluated:", ai.nodes, "cache size:", len(ai.cache))

    counter = [0]
    print("alpha-beta value:", alphabeta(Board(), "X", -2, 2, counter), "nodes:", counter[0])

    for opening in ([], [0], [4, 0], [0, 1], [1, 3, 2]):
        board, history = self_play(ai, opening)
        result = board.winner() or "draw"
        print(f"opening {str(opening):<10} -> {result:<5} moves={history}")
    board, _ = self_play(ai, [0, 1])
    print(board)

    # a position where X can win at once
    puzzle = Board("XX OO    ")
    print("puzzle best move for X:", ai.best_move(puzzle, "X"))
    print("puzzle best move for O:", ai.best_move(puzzle, "O"))
    try:
        puzzle.play(0, "O")
    except ValueError as e:
        print("illegal:", e)

    tally = {"X": 0, "O": 0, "draw": 0}
    for a in range(9):
        for b in range(9):
            if a == b:
                continue
            board, _ = self_play(ai, [a, b])
            tally[board.winner() or "draw"] += 1
    print("after all two-move openings:", tally)


main()
