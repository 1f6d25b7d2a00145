# time: the clocks only move forward, sleep waits, strftime formats the local time.
import time

t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.01, time.monotonic() > 0, time.time_ns() > 0, time.perf_counter_ns() > 0, time.process_time() >= 0)
print(len(time.strftime("%Y-%m-%d %H:%M:%S")), time.strftime("%%"), time.strftime(""))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
