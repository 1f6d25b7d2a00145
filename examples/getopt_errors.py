import csv
import getopt
import io
import statistics
from getopt import GetoptError
from statistics import StatisticsError as SE


def parse(argv):
    try:
        opts, args = getopt.getopt(argv, "ab:", ["long", "out="])
        return str(opts) + " " + str(args)
    except getopt.GetoptError as e:
        return "error: " + str(e)


for argv in [["-a", "x"], ["-x"], ["-b"], ["--nope"], ["--long=1"], ["--out"]]:
    print(parse(argv))

try:
    getopt.gnu_getopt(["-z"], "a")
except GetoptError as e:
    print("caught", e, repr(e), type(e).__name__)

try:
    getopt.getopt(["--lo"], "", ["long", "loud"])
except getopt.error as e:
    print("alias", e)

try:
    getopt.getopt(["-q"], "v")
except (ValueError, getopt.GetoptError) as e:
    print("tuple", e)

try:
    getopt.getopt(["-q"], "v")
except Exception as e:
    print("base", e)

try:
    raise getopt.GetoptError("custom")
except getopt.GetoptError as e:
    print(repr(e), str(e))

try:
    statistics.mean([1.0][:0])
except statistics.StatisticsError as e:
    print("stats", e)

try:
    statistics.stdev([1.0])
except SE as e:
    print("stats alias", e)

try:
    statistics.mode([1][:0])
except ValueError as e:
    print("as ValueError", e, type(e).__name__)

rows = ['a,"b', 'c']
try:
    for row in csv.reader(rows, strict=True):
        print(row)
except csv.Error as e:
    print("csv", e)

try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print("csv strict", e)


class AppError(getopt.GetoptError):
    pass


try:
    raise AppError("app failed")
except getopt.GetoptError as e:
    print("subclass", e, type(e).__name__, repr(e))


def main(argv):
    try:
        getopt.getopt(argv, "v")
    except getopt.GetoptError as e:
        print("main", e)
        raise


try:
    main(["-v", "-w"])
except Exception as e:
    print("reraised", repr(e))

getopt.getopt(["--bad"], "", ["good"])
