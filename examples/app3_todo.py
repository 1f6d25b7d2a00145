"""A to-do list manager: dataclasses, enums, sorting by several keys, filtering and reports."""
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum, IntEnum
import itertools


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    URGENT = 4


class Status(Enum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


_ids = itertools.count(1)


@dataclass
class Task:
    title: str
    priority: Priority = Priority.MEDIUM
    due: date | None = None
    tags: list = field(default_factory=list)
    status: Status = Status.TODO
    id: int = field(default_factory=lambda: next(_ids))

    def overdue(self, today):
        due = self.due
        return due is not None and due < today and self.status != Status.DONE

    def sort_key(self, today):
        due = self.due
        days = (due - today).days if due is not None else 10_000
        return (self.status == Status.DONE, -self.priority.value, days, self.title.lower())

    def line(self, today):
        box = {"todo": "[ ]", "doing": "[~]", "done": "[x]"}[self.status.value]
        due = ""
        when = self.due
        if when is not None:
            delta = (when - today).days
            if delta == 0:
                due = " (due today)"
            elif delta < 0:
                due = f" (overdue {-delta}d)"
            else:
                due = f" (in {delta}d, {when.strftime('%a %d %b')})"
        tags = " " + " ".join("#" + t for t in sorted(self.tags)) if self.tags else ""
        return f"{box} {self.id:>2} {self.priority.name:<6} {self.title}{due}{tags}"


class TodoList:
    def __init__(self, today):
        self.today = today
        self.tasks = []

    def add(self, title, priority=Priority.MEDIUM, in_days=None, tags=()):
        due = self.today + timedelta(days=in_days) if in_days is not None else None
        task = Task(title, priority, due, list(tags))
        self.tasks.append(task)
        return task

    def find(self, task_id):
        for t in self.tasks:
            if t.id == task_id:
                return t
        raise LookupError(f"no task #{task_id}")

    def start(self, task_id):
        self.find(task_id).status = Status.DOING

    def finish(self, task_id):
        self.find(task_id).status = Status.DONE

    def ordered(self):
        return sorted(self.tasks, key=lambda t: t.sort_key(self.today))

    def with_tag(self, tag):
        return [t for t in self.ordered() if tag in t.tags]

    def show(self, title, tasks=None):
        print(f"--- {title} ---")
        for t in tasks if tasks is not None else self.ordered():
            print(t.line(self.today))

    def report(self):
        by_status = {s: 0 for s in Status}
        for t in self.tasks:
            by_status[t.status] += 1
        parts = [f"{s.value}={n}" for s, n in by_status.items()]
        overdue = [t.title for t in self.tasks if t.overdue(self.today)]
        print("status:", ", ".join(parts))
        print("overdue:", ", ".join(overdue) or "none")
        tag_counts = {}
        for t in self.tasks:
            for tag in t.tags:
                tag_counts[tag] = tag_counts.get(tag, 0) + 1
        ranked = sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0]))
        print("tags:", ", ".join(f"{k}:{v}" for k, v in ranked))
        week = self.today + timedelta(days=7)
        due_week = [t for t in self.tasks if t.due is not None and t.due.toordinal() in range(self.today.toordinal(), week.toordinal() + 1)]
        for day, group in itertools.groupby(sorted(due_week, key=lambda t: t.due), key=lambda t: t.due):
            print(f"  {day.isoformat()} {day.strftime('%A'):<9}: {', '.join(t.title for t in group)}")


def main():
    todo = TodoList(date(2024, 2, 26))
    todo.add("File taxes", Priority.HIGH, 18, ["admin", "money"])
    todo.add("Buy milk", Priority.LOW, 0, ["shopping"])
    todo.add("Fix bike brakes", Priority.MEDIUM, -2, ["home"])
    todo.add("Write report", Priority.URGENT, 2, ["work"])
    todo.add("Call plumber", Priority.HIGH, -1, ["home", "money"])
    todo.add("Read novel")
    todo.add("Book flights", Priority.MEDIUM, 5, ["travel", "money"])
    todo.add("Renew passport", Priority.HIGH, 3, ["travel", "admin"])
    todo.show("all tasks")
    todo.start(4)
    todo.finish(2)
    todo.finish(5)
    todo.show("after some work")
    todo.show("money", todo.with_tag("money"))
    todo.report()
    try:
        todo.finish(42)
    except LookupError as exc:
        print("error:", exc)
    print(max(todo.tasks, key=lambda t: (t.priority, -t.id)))
    print(Priority(3), Priority["LOW"] < Priority.HIGH, Status("doing"))


main()
