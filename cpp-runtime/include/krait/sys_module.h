// sys_module.h -- sys.stdout and sys.stderr as Krait implements them: modules of functions
// (sys.stdout.write(s)) sharing print()'s stdout buffer. sys.stdin is a text file
// (io_module.h) on the C stream input() reads.
#pragma once

#include "krait/list.h"
#include "krait/print.h"
#include "krait/str.h"

namespace krait::sys {

i64 stderr_write(str* s);
inline void stderr_flush() {}

/// print(*args, sep=, end=, file=sys.stderr, flush=): stdout's buffer is written first.
template <class... A>
void print_stderr(str* sep, str* end, NoneType, bool, const A&... args) {
    print_to_stderr(sep, end, args...);
}
/// print(*args, sep=, end=, file=sys.stdout, flush=)
template <class... A>
void print_stdout(str* sep, str* end, NoneType, bool flush, const A&... args) {
    print(sep, end, args...);
    if (flush) flush_stdout();
}

}  // namespace krait::sys
