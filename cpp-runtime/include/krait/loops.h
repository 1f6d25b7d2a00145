// loops.h -- helpers for the counted loops generated for `for i in range(...)`.
//
// The generator turns `for i in range(a, b, s)` into a plain C++ for loop; these
// keep Python's semantics at the edges: a zero step raises ValueError, and a
// step that would overflow past the end of int64 ends the loop instead.
#pragma once

#include "krait/core.h"
#include "krait/exceptions.h"

namespace krait {

/// The step of range(a, b, step), checked as CPython checks it.
inline i64 range_step(i64 step) {
    if (KRAIT_UNLIKELY(step == 0)) raise_value_error("range() arg 3 must not be zero");
    return step;
}

/// The next loop counter, or `stop` (which ends the loop) when i + step overflows.
inline i64 range_next(i64 i, i64 step, i64 stop) {
    i64 next;
    if (KRAIT_UNLIKELY(__builtin_add_overflow(i, step, &next))) return stop;
    return next;
}

}  // namespace krait
