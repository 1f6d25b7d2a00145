// functools_module.h -- functools.reduce (the commonly used part of functools).
#pragma once

#include "krait/exceptions.h"
#include "krait/ops.h"

namespace krait::functools {

/// reduce(f, iterable): TypeError on an empty iterable, as CPython.
template <class F, class It>
auto reduce(F f, const It& xs) {
    bool first = true;
    std::decay_t<decltype(*std::begin(iterable_ref(xs)))> acc{};
    for (const auto& x : iterable_ref(xs)) {
        if (first) {
            acc = x;
            first = false;
        } else {
            acc = f(acc, x);
        }
    }
    if (first) raise_type_error("reduce() of empty iterable with no initial value");
    return acc;
}

/// reduce(f, iterable, initial)
template <class F, class It, class A>
A reduce(F f, const It& xs, A initial) {
    A acc = initial;
    for (const auto& x : iterable_ref(xs)) acc = f(acc, x);
    return acc;
}

}  // namespace krait::functools
