"""Chess move generation for a few pieces on a board parsed from FEN, with attack maps."""
from dataclasses import dataclass
from enum import Enum

FILES = "abcdefgh"


class Color(Enum):
    WHITE = "w"
    BLACK = "b"

    def other(self):
        return Color.BLACK if self is Color.WHITE else Color.WHITE


@dataclass(frozen=True, order=True)
class Square:
    file: int
    rank: int

    @property
    def name(self):
        return f"{FILES[self.file]}{self.rank + 1}"

    def offset(self, df, dr):
        f, r = self.file + df, self.rank + dr
        if 0 <= f < 8 and 0 <= r < 8:
            return Square(f, r)
        return None


@dataclass(frozen=True)
class Piece:
    kind: str
    color: Color

    @property
    def symbol(self):
        return self.kind.upper() if self.color is Color.WHITE else self.kind


KNIGHT_JUMPS = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
KING_STEPS = [(df, dr) for df in (-1, 0, 1) for dr in (-1, 0, 1) if (df, dr) != (0, 0)]
ROOK_DIRS = [(1, 0), (-1, 0), (0, 1), (0, -1)]
BISHOP_DIRS = [(1, 1), (1, -1), (-1, 1), (-1, -1)]


def parse_square(text):
    if len(text) != 2 or text[0] not in FILES or text[1] not in "12345678":
        raise ValueError(f"bad square {text!r}")
    return Square(FILES.index(text[0]), int(text[1]) - 1)


class Board:
    def __init__(self, fen):
        self.squares = {}
        placement, side = fen.split()[:2]
        ranks = placement.split("/")
        if len(ranks) != 8:
            raise ValueError(f"FEN needs 8 ranks, got {len(ranks)}")
        for row, text in enumerate(ranks):
            rank = 7 - row
            f = 0
            for ch in text:
                if ch.isdigit():
                    f += int(ch)
                else:
                    color = Color.WHITE if ch.isupper() else Color.BLACK
                    self.squares[Square(f, rank)] = Piece(ch.lower(), color)
                    f += 1
            if f != 8:
                raise ValueError(f"rank {rank + 1} has {f} files")
        self.to_move = Color(side)

    def at(self, sq):
        return self.squares.get(sq)

    def slide(self, sq, dirs, color):
        for df, dr in dirs:
            cur = sq.offset(df, dr)
            while cur is not None:
                occupant = self.at(cur)
                if occupant is None:
                    yield cur
                elif occupant.color is not color:
                    yield cur
                    break
                else:
                    break
                cur = cur.offset(df, dr)

    def steps(self, sq, deltas, color):
        for df, dr in deltas:
            cur = sq.offset(df, dr)
            if cur is None:
                continue
            occupant = self.at(cur)
            if occupant is None or occupant.color is not color:
                yield cur

    def pawn_moves(self, sq, color):
        forward = 1 if color is Color.WHITE else -1
        start_rank = 1 if color is Color.WHITE else 6
        one = sq.offset(0, forward)
        if one is not None and self.at(one) is None:
            yield one
            two = sq.offset(0, 2 * forward)
            if sq.rank == start_rank and two is not None and self.at(two) is None:
                yield two
        for df in (-1, 1):
            cap = sq.offset(df, forward)
            if cap is not None:
                victim = self.at(cap)
                if victim is not None and victim.color is not color:
                    yield cap

    def moves_from(self, sq):
        piece = self.at(sq)
        if piece is None:
            return []
        match piece.kind:
            case "n":
                targets = self.steps(sq, KNIGHT_JUMPS, piece.color)
            case "k":
                targets = self.steps(sq, KING_STEPS, piece.color)
            case "r":
                targets = self.slide(sq, ROOK_DIRS, piece.color)
            case "b":
                targets = self.slide(sq, BISHOP_DIRS, piece.color)
            case "q":
                targets = self.slide(sq, ROOK_DIRS + BISHOP_DIRS, piece.color)
            case "p":
                targets = self.pawn_moves(sq, piece.color)
            case other:
                raise ValueError(f"unknown piece {other}")
        return sorted(targets)

    def all_moves(self, color):
        out = []
        for sq in sorted(self.squares):
            piece = self.squares[sq]
            if piece.color is color:
                for t in self.moves_from(sq):
                    capture = "x" if t in self.squares else "-"
                    out.append(f"{piece.symbol}{sq.name}{capture}{t.name}")
        return out

    def attacked_by(self, color):
        attacked = set()
        for sq, piece in self.squares.items():
            if piece.color is color:
                attacked.update(self.moves_from(sq))
        return attacked

    def render(self, marks=frozenset()):
        lines = []
        for rank in range(7, -1, -1):
            row = []
            for f in range(8):
                sq = Square(f, rank)
                piece = self.at(sq)
                if piece is not None:
                    row.append(piece.symbol)
                elif sq in marks:
                    row.append("*")
                else:
                    row.append("." if (f + rank) % 2 else " ")
            lines.append(f"{rank + 1} |{' '.join(row)}|")
        lines.append("   " + " ".join(FILES))
        return "\n".join(lines)


def knight_distance(a, b):
    """Fewest knight jumps from a to b on an empty board (BFS)."""
    frontier = [a]
    dist = {a: 0}
    while frontier:
        nxt = []
        for sq in frontier:
            if sq == b:
                return dist[sq]
            for df, dr in KNIGHT_JUMPS:
                t = sq.offset(df, dr)
                if t is not None and t not in dist:
                    dist[t] = dist[sq] + 1
                    nxt.append(t)
        frontier = nxt
    return -1


def main():
    board = Board("r3k2r/ppp2ppp/2n1bn2/3qp3/3P4/2N1BN2/PPPQ1PPP/R3K2R w KQkq - 0 9")
    print(board.render())
    print("to move:", board.to_move.name, "| other:", board.to_move.other().value)
    for name in ["c3", "d2", "d4", "a1", "e1", "h7"]:
        sq = parse_square(name)
        piece = board.at(sq)
        moves = [t.name for t in board.moves_from(sq)]
        print(f"{piece.symbol if piece else '?'} on {name}: {len(moves):2d} moves {' '.join(moves)}")
    white = board.all_moves(Color.WHITE)
    black = board.all_moves(Color.BLACK)
    print(f"white has {len(white)} moves, black has {len(black)}")
    print("white captures:", [m for m in white if "x" in m])
    print("black captures:", [m for m in black if "x" in m])
    attacked = board.attacked_by(Color.BLACK)
    print("squares black attacks:", len(attacked))
    print(board.render(frozenset(attacked)))
    for a, b in [("a1", "h8"), ("b1", "c3"), ("e4", "e5"), ("a1", "b2")]:
        print(f"knight {a}->{b}: {knight_distance(parse_square(a), parse_square(b))} jumps")
    for bad in ["i9", "e", "4e"]:
        try:
            parse_square(bad)
        except ValueError as e:
            print("error:", e)
    try:
        Board("8/8/8 w")
    except ValueError as e:
        print("error:", e)


main()
