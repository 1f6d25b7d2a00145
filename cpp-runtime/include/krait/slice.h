// slice.h -- Python's slice index arithmetic (PySlice_AdjustIndices).
#pragma once

#include <optional>

#include "krait/core.h"

namespace krait {

/// The concrete indices selected by seq[lo:hi:step] on a sequence of
/// length `len`: start, step and the number of selected items.
struct SliceRange {
    i64 start;
    i64 step;
    i64 count;
};

/// Resolves omitted/negative/out-of-range bounds exactly like CPython.
/// step == 0 raises ValueError("slice step cannot be zero").
SliceRange slice_range(i64 len, std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step);

/// Fast path for the common step-1 slice: clamps [lo, hi) into [0, len].
inline void slice_clamp(i64 len, std::optional<i64> lo, std::optional<i64> hi, i64& start, i64& stop) {
    i64 a = lo ? *lo : 0, b = hi ? *hi : len;
    if (a < 0) { a += len; if (a < 0) a = 0; } else if (a > len) a = len;
    if (b < 0) { b += len; if (b < 0) b = 0; } else if (b > len) b = len;
    start = a;
    stop = b < a ? a : b;
}

}  // namespace krait
