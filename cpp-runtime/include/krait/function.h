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

template <class E, class F, class R, class... A>
struct func_holder;

/// A function object returning R for arguments A...; `name` is its __name__.
/// `member` numbers the function it holds (the compiler gives each function of the
/// program its own) and `env` is the closure's frame or the bound method's object
/// (nullptr for a plain function): a call of a user function that was specialized
/// for each function it may be given picks the specialization by them.
template <class R, class... A>
struct func {
    str* name;
    int member;
    void* env;
    func(str* n, int m, void* e) : name(n), member(m), env(e) {}
    virtual R call(A... args) = 0;

    /// Wraps `f` (a lambda calling one function's specialization) as a function object.
    template <class F>
    static func* make(str* n, int member, F f) {
        return gc_new<func_holder<void, F, R, A...>>(n, member, nullptr, std::move(f));
    }
    /// The same for a closure or a bound method: `f` receives `env` (its frame or object) first.
    template <class E, class F>
    static func* make_bound(str* n, int member, E* env, F f) {
        return gc_new<func_holder<E, F, R, A...>>(n, member, env, std::move(f));
    }
};

/// The function object holding `f`: calls f(args...), or f(env, args...) when E is not void.
template <class E, class F, class R, class... A>
struct func_holder final : func<R, A...> {
    F f;
    func_holder(str* n, int m, E* e, F fn)
        : func<R, A...>(n, m, const_cast<void*>(static_cast<const void*>(e))), f(std::move(fn)) {}
    decltype(auto) invoke(A... args) {
        if constexpr (std::is_void_v<E>) {
            return f(args...);
        } else {
            return f(static_cast<E*>(this->env), args...);
        }
    }
    R call(A... args) override {
        if constexpr (std::is_void_v<R>) {
            invoke(args...);
        } else if constexpr (std::is_void_v<decltype(invoke(args...))>) {
            invoke(args...);  // a member never called through this object: never_reached()
            never_reached();
        } else {
            return invoke(args...);
        }
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
