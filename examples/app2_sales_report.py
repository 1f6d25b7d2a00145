"""Read CSV sales data from a file, aggregate it, and print formatted reports."""
import csv
import os
import sys

RAW = """region,rep,product,units,unit_price,date
North,Alice Smith,Widget,120,2.50,2024-01-15
North,Alice Smith,Gadget,15,19.99,2024-01-20
South,Bob Jones,Widget,300,2.45,2024-01-22
South,Bob Jones,Gizmo,7,149.00,2024-02-01
East,Carla Diaz,Gadget,44,18.75,2024-02-03
West,Dan O'Neil,Widget,1050,2.10,2024-02-10
East,Carla Diaz,Widget,80,2.50,2024-02-14
North,Eve Adams,Gizmo,3,155.50,2024-02-28
West,Dan O'Neil,Gadget,0,19.99,2024-03-02
South,Fay Wong,"Widget, Deluxe",25,12.00,2024-03-05
East,Carla Diaz,Gizmo,12,149.00,2024-03-09
North,Alice Smith,Widget,-5,2.50,2024-03-11
West,Gus Lee,Gizmo,two,149.00,2024-03-15
"""


class Sale:
    def __init__(self, row):
        self.region = row["region"]
        self.rep = row["rep"]
        self.product = row["product"]
        self.units = int(row["units"])
        self.price = float(row["unit_price"])
        self.month = row["date"][:7]
        if self.units < 0:
            raise ValueError(f"negative units: {self.units}")

    @property
    def revenue(self):
        return self.units * self.price


def load(path):
    sales, problems = [], []
    with open(path) as fh:
        reader = csv.DictReader(fh)
        for line_no, row in enumerate(reader, start=2):
            try:
                sales.append(Sale(row))
            except ValueError as exc:
                problems.append((line_no, str(exc)))
    return sales, problems


def group_sum(sales, key):
    totals = {}
    for s in sales:
        k = key(s)
        units, revenue = totals.get(k, (0, 0.0))
        totals[k] = (units + s.units, revenue + s.revenue)
    return totals


def table(title, rows, headers, out=sys.stdout):
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    bar = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(title, file=out)
    print(bar, file=out)
    print("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |", file=out)
    print(bar.replace("-", "="), file=out)
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        print("| " + " | ".join(cells) + " |", file=out)
    print(bar, file=out)


def main():
    path = "app2_sales_report.tmp.csv"
    with open(path, "w") as fh:
        fh.write(RAW)
    try:
        sales, problems = load(path)
    finally:
        os.remove(path)
    print(f"loaded {len(sales)} sales, {len(problems)} problem rows")
    for line_no, msg in problems:
        print(f"  line {line_no:>3}: {msg}")
    print()

    grand = sum(s.revenue for s in sales)
    by_region = group_sum(sales, lambda s: s.region)
    rows = []
    for region, (units, revenue) in sorted(by_region.items(), key=lambda kv: -kv[1][1]):
        rows.append([region, f"{units:,}", f"{revenue:,.2f}", f"{revenue / grand:.1%}"])
    rows.append(["TOTAL", f"{sum(u for u, _ in by_region.values()):,}", f"{grand:,.2f}", "100.0%"])
    table("Revenue by region", rows, ["Region", "Units", "Revenue", "Share"])
    print()

    by_month_product = group_sum(sales, lambda s: (s.month, s.product))
    months = sorted({m for m, _ in by_month_product})
    products = sorted({p for _, p in by_month_product})
    header = f"{'product':<16}" + "".join(f"{m:>12}" for m in months)
    print(header)
    print("-" * len(header))
    for p in products:
        cells = []
        for m in months:
            units, revenue = by_month_product.get((m, p), (0, 0.0))
            cells.append(f"{revenue:>12,.2f}" if units else f"{'-':>12}")
        print(f"{p:<16}" + "".join(cells))
    print()

    by_rep = group_sum(sales, lambda s: s.rep)
    ranked = sorted(by_rep.items(), key=lambda kv: (-kv[1][1], kv[0]))
    print("Top reps:")
    for rank, (rep, (units, revenue)) in enumerate(ranked[:3], 1):
        last = rep.split()[-1]
        print("  {0}. {1:<12} {2:>6d} units  ${3:>10,.2f}  ({4})".format(rank, rep, units, revenue, last.upper()))
    print("  %-3s %-12s %8.1f avg price" % ("*", "overall", grand / sum(s.units for s in sales)))

    out_path = "app2_sales_report.tmp.txt"
    with open(out_path, "w") as out:
        table("Units by product", [[p, str(u), f"{r:.0f}"] for p, (u, r) in sorted(group_sum(sales, lambda s: s.product).items())],
              ["Product", "Units", "Revenue"], out=out)
    with open(out_path) as fh:
        text = fh.read()
    os.remove(out_path)
    print()
    print(text, end="")
    print(f"(report file had {len(text.splitlines())} lines, {len(text)} chars)")

    writer = csv.writer(sys.stdout)
    writer.writerow(["rep", "note"])
    writer.writerow(["Dan O'Neil", 'said "hi", then left'])


main()
