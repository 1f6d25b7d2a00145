# A job runner that handles some failures but ends with an uncaught user-defined exception (exit 1).


class JobError(Exception):
    pass


class FatalJobError(JobError):
    pass


def run(job):
    kind, n = job
    if kind == "square":
        return n * n
    if kind == "half":
        if n % 2:
            raise JobError(f"cannot halve odd {n}")
        return n // 2
    raise FatalJobError(f"unknown job kind {kind!r}")


jobs = [("square", 7), ("half", 10), ("half", 7), ("square", 12), ("explode", 1), ("square", 2)]
done = 0
for job in jobs:
    try:
        print(job, "->", run(job))
        done += 1
    except FatalJobError:
        print("fatal failure; giving up after", done, "jobs")
        raise
    except JobError as e:
        print(job, "skipped:", e)
print("never printed")
