// function.h -- function objects: a variable, element or attribute holding several
// different functions of one signature (Python's functions are all one type; Krait
// gives each function its own and only mixtures of them become these objects).
//
// The object is allocated on the scanned GC heap and keeps what it calls -- a C++
// lambda holding a closure's environment pointer -- inside itself, so the collector
// sees the environment (std::function would keep it in plain `new` memory, invisible
// to Boehm GC).
#pragma once
#include <type_traits>
#include <utility>
#include "krait/errors.h"
#include "krait/gc.h"
#include "krait/str.h"

namespace krait {

/// A function object returning R for arguments A...; `name` is its __name__.
template <class R, class... A>
struct func {
    str* name;
    explicit func(str* n) : name(n) {}
    virtual R call(A... args) = 0;

    template <class F>
    struct holder final : func {
        F f;
        holder(str* n, F fn) : func(n), f(std::move(fn)) {}
        R call(A... args) override {
            if constexpr (std::is_void_v<R>) {
                f(args...);
            } else if constexpr (std::is_void_v<decltype(f(args...))>) {
                f(args...);  // a member never called through this object: never_reached()
                never_reached();
            } else {
                return f(args...);
            }
        }
    };

    /// Wraps `f` (a lambda calling one function's specialization) as a function object.
    template <class F>
    static func* make(str* n, F f) {
        return gc_new<holder<F>>(n, std::move(f));
    }
};

/// The function object a call goes through; None (a null pointer, `f = table.get(k)`)
/// raises CPython's TypeError instead.
template <class R, class... A>
inline func<R, A...>* called(func<R, A...>* f) {
    if (!f) raise_type_error("'NoneType' object is not callable");
    return f;
}

}  // namespace krait
