# Running code built while the program runs can't be compiled ahead of time.

code = "print(1 + 1)"
exec(code)  # error: 'exec' \(running .*\) is not supported
