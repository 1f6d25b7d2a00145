"""A lending library: members, copies, loans with due dates, fines, holds, and a textwrap report."""
import textwrap
import copy
from datetime import date, timedelta
from collections import defaultdict, OrderedDict

LOAN_DAYS = 14
FINE_PER_DAY = 25  # cents
MAX_LOANS = 3


class LibraryError(Exception):
    """Base class of everything the library refuses."""


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


class UnknownItem(LibraryError, KeyError):
    def __str__(self):
        return f"unknown item: {self.args[0]}"


class Book:
    def __init__(self, isbn, title, author, year, copies=1, summary=""):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.year = year
        self.copies = copies
        self.summary = summary
        self.on_loan = 0
        self.holds = []

    @property
    def available(self):
        return self.copies - self.on_loan

    def __repr__(self):
        return f"<Book {self.isbn} {self.title!r} {self.available}/{self.copies}>"


class Member:
    _next_id = 100

    def __init__(self, name):
        Member._next_id += 1
        self.ident = Member._next_id
        self.name = name
        self.loans = {}
        self.fines = 0
        self.history = []

    def __str__(self):
        return f"#{self.ident} {self.name}"


class Library:
    def __init__(self):
        self.books = OrderedDict()
        self.members = {}
        self.journal = []

    def add_book(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book

    def join(self, name):
        m = Member(name)
        self.members[m.ident] = m
        return m

    def book(self, isbn):
        try:
            return self.books[isbn]
        except KeyError:
            raise UnknownItem(isbn) from None

    def checkout(self, member, isbn, today):
        book = self.book(isbn)
        if len(member.loans) >= MAX_LOANS:
            raise LimitReached(f"{member.name} already has {MAX_LOANS} loans")
        if isbn in member.loans:
            raise NotAvailable(f"{member.name} already has {book.title!r}")
        if book.available <= 0:
            raise NotAvailable(f"no copy of {book.title!r} left")
        if book.holds and book.holds[0] != member.ident:
            raise NotAvailable(f"{book.title!r} is held for #{book.holds[0]}")
        if book.holds:
            book.holds.pop(0)
        book.on_loan += 1
        due = today + timedelta(days=LOAN_DAYS)
        member.loans[isbn] = due
        self.journal.append((today, "out", member.ident, isbn))
        return due

    def checkin(self, member, isbn, today):
        book = self.book(isbn)
        due = member.loans.pop(isbn, None)
        if due is None:
            raise LibraryError(f"{member.name} did not borrow {book.title!r}")
        book.on_loan -= 1
        late = (today - due).days
        fine = 0
        try:
            if late > 0:
                fine = late * FINE_PER_DAY
                member.fines += fine
        finally:
            member.history.append(isbn)
            self.journal.append((today, "in", member.ident, isbn))
        return fine

    def hold(self, member, isbn):
        book = self.book(isbn)
        if member.ident not in book.holds:
            book.holds.append(member.ident)
        return book.holds.index(member.ident) + 1

    def overdue(self, today):
        rows = []
        for m in self.members.values():
            for isbn, due in sorted(m.loans.items()):
                if due < today:
                    rows.append((m, self.books[isbn], (today - due).days))
        return sorted(rows, key=lambda r: (-r[2], r[0].name))


def catalogue(lib, width=60):
    out = []
    for book in lib.books.values():
        head = f"{book.title} ({book.year}) by {book.author}"
        out.append(textwrap.fill(head, width=width, subsequent_indent="    "))
        if book.summary:
            out.append(textwrap.indent(textwrap.fill(book.summary, width=width - 4), "  | "))
        status = f"{book.available} of {book.copies} available"
        if book.holds:
            status += f", {len(book.holds)} hold(s)"
        out.append(f"  [{status}]")
    return "\n".join(out)


def main():
    lib = Library()
    lib.add_book(Book("111", "The Left Hand of Darkness", "Ursula K. Le Guin", 1969, 2,
                      "An envoy visits a planet whose people have no fixed sex, and learns what "
                      "loyalty means on a glacier crossing that takes up most of the winter."))
    lib.add_book(Book("222", "Gödel, Escher, Bach", "Douglas Hofstadter", 1979, 1,
                      "Strange loops, formal systems, fugues, and a tortoise."))
    lib.add_book(Book("333", "Dune", "Frank Herbert", 1965, 1))
    lib.add_book(Book("333", "Dune", "Frank Herbert", 1965, 1))
    lib.add_book(Book("444", "A Very Long Title That Will Certainly Need To Be Wrapped Across Lines",
                      "Anonymous", 2001))

    ana, bo, cy = lib.join("Ana"), lib.join("Bo"), lib.join("Cy")
    day = date(2024, 1, 2)
    actions = [
        (0, ana, "out", "111"), (0, ana, "out", "222"), (1, bo, "out", "222"),
        (1, bo, "hold", "222"), (2, cy, "out", "333"), (2, cy, "out", "333"),
        (3, ana, "out", "333"), (3, ana, "out", "444"), (4, bo, "out", "999"),
        (20, ana, "in", "222"), (20, cy, "out", "222"), (21, bo, "out", "222"),
        (21, cy, "in", "111"), (30, ana, "in", "111"), (31, bo, "out", "111"),
    ]
    for offset, who, verb, isbn in actions:
        today = day + timedelta(days=offset)
        prefix = f"{today:%b %d} {who.name:<3} {verb:<4} {isbn}"
        try:
            if verb == "out":
                due = lib.checkout(who, isbn, today)
                print(f"{prefix}: due {due.isoformat()}")
            elif verb == "in":
                fine = lib.checkin(who, isbn, today)
                print(f"{prefix}: returned" + (f", fine ${fine / 100:.2f}" if fine else ""))
            else:
                print(f"{prefix}: position {lib.hold(who, isbn)} in the hold queue")
        except UnknownItem as e:
            print(f"{prefix}: {e} (a KeyError too: {isinstance(e, KeyError)})")
        except (NotAvailable, LimitReached) as e:
            print(f"{prefix}: refused ({type(e).__name__}): {e}")
        except LibraryError as e:
            print(f"{prefix}: error: {e}")

    print()
    print(catalogue(lib))
    print()
    report_day = day + timedelta(days=40)
    for member, book, days in lib.overdue(report_day):
        print(f"OVERDUE {days:>3} days: {book.title[:24]:<24} {member}")
    print()
    for m in lib.members.values():
        print(f"{str(m):<10} loans={sorted(m.loans)} fines=${m.fines / 100:.2f} history={m.history}")

    snapshot = copy.deepcopy(lib.books["333"])
    lib.books["333"].copies = 5
    print("snapshot copies", snapshot.copies, "live copies", lib.books["333"].copies)
    per_day = defaultdict(list)
    for when, verb, ident, isbn in lib.journal:
        per_day[when].append(f"{verb}:{isbn}")
    busiest = max(per_day.items(), key=lambda kv: len(kv[1]))
    print("busiest day:", busiest[0].strftime("%A %d %B"), busiest[1])


main()
