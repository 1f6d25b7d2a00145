"""Meeting-room booking calendar: intervals with datetime, conflicts with bisect."""
import bisect
from datetime import datetime, date, timedelta


class BookingConflict(Exception):
    def __init__(self, room, new, existing):
        self.room = room
        self.new = new
        self.existing = existing
        super().__init__(f"{room}: {new.title!r} overlaps {existing.title!r}")


class Booking:
    def __init__(self, title, start, end, owner):
        if end <= start:
            raise ValueError(f"booking {title!r} ends before it starts")
        self.title = title
        self.start = start
        self.end = end
        self.owner = owner

    @property
    def duration(self):
        return self.end - self.start

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end

    def __lt__(self, other):
        return (self.start, self.end) < (other.start, other.end)

    def __repr__(self):
        return (f"Booking({self.title!r}, {self.start:%a %H:%M}-{self.end:%H:%M}, "
                f"{self.owner})")


class Room:
    def __init__(self, name, capacity):
        self.name = name
        self.capacity = capacity
        self.starts = []
        self.bookings = []

    def book(self, booking):
        i = bisect.bisect_left(self.starts, booking.start)
        for j in (i - 1, i):
            if 0 <= j < len(self.bookings) and self.bookings[j].overlaps(booking):
                raise BookingConflict(self.name, booking, self.bookings[j])
        self.starts.insert(i, booking.start)
        self.bookings.insert(i, booking)

    def cancel(self, title):
        for i, b in enumerate(self.bookings):
            if b.title == title:
                del self.starts[i]
                del self.bookings[i]
                return b
        raise KeyError(title)

    def on_day(self, day):
        midnight = datetime(day.year, day.month, day.day)
        lo = bisect.bisect_left(self.starts, midnight)
        hi = bisect.bisect_left(self.starts, midnight + timedelta(days=1))
        return self.bookings[lo:hi]

    def free_slots(self, day, open_hour=8, close_hour=18, minimum=timedelta(minutes=30)):
        cursor = datetime(day.year, day.month, day.day, open_hour)
        closing = datetime(day.year, day.month, day.day, close_hour)
        slots = []
        for b in self.on_day(day):
            if b.start - cursor >= minimum:
                slots.append((cursor, b.start))
            cursor = max(cursor, b.end)
        if closing - cursor >= minimum:
            slots.append((cursor, closing))
        return slots


def fmt_delta(td):
    minutes = int(td.total_seconds()) // 60
    h, m = divmod(minutes, 60)
    return f"{h}h{m:02d}m" if h else f"{m}m"


def week_of(d):
    monday = d - timedelta(days=d.weekday())
    return [monday + timedelta(days=i) for i in range(5)]


def main():
    rooms = {name: Room(name, cap) for name, cap in [("Aspen", 4), ("Birch", 10), ("Cedar", 24)]}
    base = date(2024, 3, 11)
    requests = [
        ("Aspen", "Standup", 0, "09:00", "09:15", "ana"),
        ("Aspen", "1:1 Bo", 0, "10:00", "10:30", "ana"),
        ("Aspen", "Design review", 0, "10:15", "11:30", "cy"),
        ("Birch", "Design review", 0, "10:15", "11:30", "cy"),
        ("Birch", "Planning", 1, "13:00", "15:00", "dee"),
        ("Cedar", "All hands", 3, "16:00", "17:00", "eve"),
        ("Birch", "Retro", 4, "14:00", "14:00", "dee"),
        ("Aspen", "Lunch & learn", 0, "12:00", "13:00", "bo"),
        ("Aspen", "Interview", 0, "12:45", "13:30", "cy"),
        ("Aspen", "Interview", 0, "13:00", "13:45", "cy"),
        ("Cedar", "Offsite prep", 3, "08:00", "16:00", "ana"),
        ("Birch", "Hack time", 2, "09:00", "17:30", "bo"),
    ]
    for room, title, day_offset, s, e, owner in requests:
        day = base + timedelta(days=day_offset)
        start = datetime.strptime(f"{day.isoformat()} {s}", "%Y-%m-%d %H:%M")
        end = datetime.strptime(f"{day.isoformat()} {e}", "%Y-%m-%d %H:%M")
        try:
            rooms[room].book(Booking(title, start, end, owner))
            print(f"booked   {room:<6} {title:<15} {start:%a %d %b %H:%M}")
        except BookingConflict as exc:
            print(f"conflict {exc}")
        except ValueError as exc:
            print(f"invalid  {exc}")

    print()
    removed = rooms["Aspen"].cancel("1:1 Bo")
    print("cancelled", removed)
    try:
        rooms["Cedar"].cancel("Nope")
    except KeyError as exc:
        print("cannot cancel", exc)

    print()
    for d in week_of(base + timedelta(days=2)):
        print(d.strftime("%A %Y-%m-%d").center(40, "-"))
        for room in rooms.values():
            todays = room.on_day(d)
            if not todays:
                continue
            for b in todays:
                print(f"  {room.name:<6} {b.start:%H:%M}-{b.end:%H:%M} "
                      f"{b.title:<15} {fmt_delta(b.duration):>6} ({b.owner})")
        free = rooms["Aspen"].free_slots(d)
        print("  Aspen free: " + ", ".join(f"{a:%H:%M}-{z:%H:%M}" for a, z in free))

    print()
    totals = {}
    for room in rooms.values():
        for b in room.bookings:
            totals[b.owner] = totals.get(b.owner, timedelta()) + b.duration
    for owner, total in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        hours = total / timedelta(hours=1)
        print(f"{owner:>4}: {fmt_delta(total):>7} = {hours:5.2f} h")
    busiest = max(rooms.values(), key=lambda r: sum(b.duration.total_seconds() for b in r.bookings))
    print("busiest room:", busiest.name)
    print(sorted(b for r in rooms.values() for b in r.bookings)[:3])


main()
