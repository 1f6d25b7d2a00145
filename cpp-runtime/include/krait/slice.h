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

/// The general case of slice_range (core.cpp): any step, including 0 (ValueError).
SliceRange slice_range_general(i64 len, std::optional<i64> lo, std::optional<i64> hi, i64 step);

/// Resolves omitted/negative/out-of-range bounds exactly like CPython.
/// step == 0 raises ValueError("slice step cannot be zero").
/// Inline for steps 1 and -1 (reversal, fannkuch's perm[k::-1]): the general
/// case divides by the step, which costs more than the whole of the rest.
inline SliceRange slice_range(i64 len, std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step) {
    if (!step || *step == 1) {
        i64 start = lo ? *lo : 0, stop = hi ? *hi : len;
        if (start < 0) { start += len; if (start < 0) start = 0; } else if (start > len) start = len;
        if (stop < 0) { stop += len; if (stop < 0) stop = 0; } else if (stop > len) stop = len;
        return {start, 1, stop > start ? stop - start : 0};
    }
    if (*step == -1) {
        i64 start = len - 1, stop = -1;
        if (lo) {
            start = *lo;
            if (start < 0) { start += len; if (start < 0) start = -1; } else if (start >= len) start = len - 1;
        }
        if (hi) {
            stop = *hi;
            if (stop < 0) { stop += len; if (stop < 0) stop = -1; } else if (stop >= len) stop = len - 1;
        }
        return {start, -1, start > stop ? start - stop : 0};
    }
    return slice_range_general(len, lo, hi, *step);
}

/// Fast path for the common step-1 slice: clamps [lo, hi) into [0, len].
inline void slice_clamp(i64 len, std::optional<i64> lo, std::optional<i64> hi, i64& start, i64& stop) {
    i64 a = lo ? *lo : 0, b = hi ? *hi : len;
    if (a < 0) { a += len; if (a < 0) a = 0; } else if (a > len) a = len;
    if (b < 0) { b += len; if (b < 0) b = 0; } else if (b > len) b = len;
    start = a;
    stop = b < a ? a : b;
}

}  // namespace krait
