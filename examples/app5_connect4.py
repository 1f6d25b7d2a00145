"""Connect Four with a depth-limited minimax and alpha-beta pruning."""
from enum import Enum

ROWS, COLS = 6, 7
WIN = 4


class Cell(Enum):
    EMPTY = "."
    RED = "X"
    YELLOW = "O"

    def other(self) -> "Cell":
        if self is Cell.RED:
            return Cell.YELLOW
        if self is Cell.YELLOW:
            return Cell.RED
        raise ValueError("empty cell has no opponent")


class ColumnFull(Exception):
    pass


class Board:
    def __init__(self):
        self.grid = [[Cell.EMPTY] * COLS for _ in range(ROWS)]
        self.heights = [0] * COLS
        self.moves: list[int] = []

    def drop(self, col: int, piece: Cell) -> int:
        if not 0 <= col < COLS:
            raise IndexError(f"column {col} out of range")
        if self.heights[col] >= ROWS:
            raise ColumnFull(f"column {col} is full")
        row = ROWS - 1 - self.heights[col]
        self.grid[row][col] = piece
        self.heights[col] += 1
        self.moves.append(col)
        return row

    def undo(self) -> None:
        col = self.moves.pop()
        self.heights[col] -= 1
        self.grid[ROWS - self.heights[col] - 1][col] = Cell.EMPTY

    def valid_moves(self) -> list[int]:
        order = sorted(range(COLS), key=lambda c: abs(c - COLS // 2))
        return [c for c in order if self.heights[c] < ROWS]

    def windows(self):
        for r in range(ROWS):
            for c in range(COLS):
                for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                    end_r, end_c = r + dr * (WIN - 1), c + dc * (WIN - 1)
                    if 0 <= end_r < ROWS and 0 <= end_c < COLS:
                        yield [self.grid[r + dr * i][c + dc * i] for i in range(WIN)]

    def winner(self) -> Cell | None:
        for w in self.windows():
            if w[0] is not Cell.EMPTY and all(x is w[0] for x in w):
                return w[0]
        return None

    def full(self) -> bool:
        return all(h == ROWS for h in self.heights)

    def __str__(self) -> str:
        lines = [" ".join(cell.value for cell in row) for row in self.grid]
        lines.append(" ".join(str(c) for c in range(COLS)))
        return "\n".join(lines)


def score_window(window: list[Cell], me: Cell) -> int:
    mine = window.count(me)
    theirs = window.count(me.other())
    empty = window.count(Cell.EMPTY)
    if mine == 4:
        return 1000
    if mine == 3 and empty == 1:
        return 5
    if mine == 2 and empty == 2:
        return 2
    if theirs == 3 and empty == 1:
        return -4
    return 0


def evaluate(board: Board, me: Cell) -> int:
    score = 3 * sum(1 for r in range(ROWS) if board.grid[r][COLS // 2] is me)
    return score + sum(score_window(w, me) for w in board.windows())


class Stats:
    def __init__(self):
        self.nodes = 0
        self.cutoffs = 0


def minimax(board: Board, depth: int, alpha: float, beta: float, maximizing: bool,
            me: Cell, stats: Stats) -> tuple[float, int | None]:
    stats.nodes += 1
    win = board.winner()
    if win is not None:
        return float(100000 + depth if win is me else -100000 - depth), None
    if board.full():
        return 0.0, None
    if depth == 0:
        return float(evaluate(board, me)), None
    best_move = None
    if maximizing:
        value = float("-inf")
        for col in board.valid_moves():
            board.drop(col, me)
            score, _ = minimax(board, depth - 1, alpha, beta, False, me, stats)
            board.undo()
            if score > value:
                value, best_move = score, col
            alpha = max(alpha, value)
            if alpha >= beta:
                stats.cutoffs += 1
                break
    else:
        value = float("inf")
        for col in board.valid_moves():
            board.drop(col, me.other())
            score, _ = minimax(board, depth - 1, alpha, beta, True, me, stats)
            board.undo()
            if score < value:
                value, best_move = score, col
            beta = min(beta, value)
            if alpha >= beta:
                stats.cutoffs += 1
                break
    return value, best_move


def play(depth_red: int, depth_yellow: int, opening: list[int]) -> None:
    board = Board()
    turn = Cell.RED
    for col in opening:
        board.drop(col, turn)
        turn = turn.other()
    total = Stats()
    while board.winner() is None and not board.full():
        depth = depth_red if turn is Cell.RED else depth_yellow
        stats = Stats()
        score, move = minimax(board, depth, float("-inf"), float("inf"), True, turn, stats)
        total.nodes += stats.nodes
        total.cutoffs += stats.cutoffs
        assert move is not None
        board.drop(move, turn)
        turn = turn.other()
    print(board)
    win = board.winner()
    result = f"{win.name} wins" if win else "draw"
    print(f"{result} after {len(board.moves)} moves; searched {total.nodes} nodes, {total.cutoffs} cutoffs")
    print("moves:", "".join(map(str, board.moves)))


play(2, 3, [])
print()
play(3, 1, [3, 3, 2])
print()
b = Board()
for _ in range(ROWS):
    b.drop(0, Cell.RED)
for bad in (0, 7, -1):
    try:
        b.drop(bad, Cell.YELLOW)
    except (ColumnFull, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    Cell.EMPTY.other()
except ValueError as e:
    print("ValueError:", e)
