"""Grade book: read CSV, compute statistics per course, write a CSV report, print a histogram."""
import csv
import io
import statistics
from collections import defaultdict, Counter

RAW = """student,course,assignment,score,max_score
Ana Lima,Algebra,hw1,18,20
Ana Lima,Algebra,hw2,17,20
Ana Lima,Algebra,exam,81,100
Bo Chen,Algebra,hw1,12,20
Bo Chen,Algebra,hw2,15,20
Bo Chen,Algebra,exam,64,100
"Cy O'Neil",Algebra,hw1,20,20
"Cy O'Neil",Algebra,hw2,19,20
"Cy O'Neil",Algebra,exam,95,100
Ana Lima,Biology,lab1,9,10
Ana Lima,Biology,lab2,8,10
Ana Lima,Biology,exam,77,100
Dee Park,Biology,lab1,6,10
Dee Park,Biology,lab2,,10
Dee Park,Biology,exam,58,100
"Smith, Eve",Biology,lab1,10,10
"Smith, Eve",Biology,lab2,9,10
"Smith, Eve",Biology,exam,88,100
Bo Chen,Chemistry,quiz,7,15
Bo Chen,Chemistry,exam,49,100
"""

WEIGHTS = {"hw": 0.3, "lab": 0.3, "quiz": 0.2, "exam": 0.7}
LETTERS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


def kind_of(assignment):
    return assignment.rstrip("0123456789")


def letter(pct):
    for cutoff, grade in LETTERS:
        if pct >= cutoff:
            return grade
    return "F"


def load(text):
    rows = []
    problems = []
    reader = csv.DictReader(io.StringIO(text))
    for lineno, row in enumerate(reader, start=2):
        try:
            score = int(row["score"])
            max_score = int(row["max_score"])
        except ValueError as e:
            problems.append(f"line {lineno}: {row['student']} {row['assignment']}: {e}")
            continue
        rows.append((row["student"], row["course"], row["assignment"], score, max_score))
    return rows, problems


def course_grades(rows):
    # (student, course) -> kind -> [earned, possible]
    parts = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for student, course, assignment, score, max_score in rows:
        bucket = parts[(student, course)][kind_of(assignment)]
        bucket[0] += score
        bucket[1] += max_score
    grades = {}
    for key, kinds in parts.items():
        total_weight = sum(WEIGHTS[k] for k in kinds)
        pct = sum(WEIGHTS[k] * earned / possible for k, (earned, possible) in kinds.items())
        grades[key] = round(100 * pct / total_weight, 1)
    return grades


def histogram(values, width=30):
    counts = Counter(letter(v) for v in values)
    biggest = max(counts.values())
    lines = []
    for _, grade in LETTERS:
        n = counts.get(grade, 0)
        bar = "#" * (n * width // biggest)
        lines.append(f"{grade} | {bar:<{width}} | {n}")
    return "\n".join(lines)


def main():
    rows, problems = load(RAW)
    print(f"loaded {len(rows)} scores, {len(problems)} problem(s)")
    for p in problems:
        print("  " + p)

    grades = course_grades(rows)
    by_course = defaultdict(list)
    for (student, course), pct in sorted(grades.items()):
        by_course[course].append((student, pct))

    for course, entries in by_course.items():
        values = [pct for _, pct in entries]
        print()
        print(f"== {course} ({len(entries)} students) ==")
        for student, pct in sorted(entries, key=lambda e: (-e[1], e[0])):
            print(f"  {student:<12} {pct:6.1f}  {letter(pct)}")
        print(f"  mean {statistics.mean(values):.2f}  median {statistics.median(values):.2f}", end="")
        if len(values) > 1:
            print(f"  stdev {statistics.stdev(values):.2f}  pstdev {statistics.pstdev(values):.2f}")
        else:
            print("  (one student)")

    all_pcts = list(grades.values())
    print()
    print(histogram(all_pcts))
    q = [statistics.median_low(sorted(all_pcts)), statistics.median_high(all_pcts)]
    print("quartiles:", [round(x, 2) for x in q])
    print("mode letter:", statistics.mode(letter(v) for v in all_pcts))

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["student", "course", "percent", "letter"])
    for (student, course), pct in sorted(grades.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        writer.writerow([student, course, f"{pct:.1f}", letter(pct)])
    print()
    print(out.getvalue(), end="")

    students = sorted({s for s, _ in grades})
    print()
    header = f"{'student':<12}" + "".join(f"{c[:4]:>8}" for c in by_course)
    print(header)
    print("-" * len(header))
    for s in students:
        cells = []
        for c in by_course:
            pct = grades.get((s, c))
            cells.append(f"{pct:>8.1f}" if pct is not None else f"{'-':>8}")
        print(f"{s:<12}" + "".join(cells))


main()
