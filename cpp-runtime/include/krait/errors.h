// errors.h -- what generated code needs for raise, try/finally and with:
// making exception objects from Python arguments, BaseException.__init__,
// and running a block when a scope is left however it is left.
#pragma once

#include "krait/exceptions.h"
#include "krait/gc.h"
#include "krait/ops.h"
#include "krait/vtuple.h"

#include <string>
#include <type_traits>
#include <utility>

namespace krait {

/// E(arg): str(e) is str(arg); repr(arg) is kept for repr(e) and KeyError.
template <class E, class A>
E* make_exception(const A& arg) {
    if constexpr (is_str_ptr_v<A>) {
        return arg ? gc_new<E>(const_cast<str*>(static_cast<const str*>(arg)))
                   : gc_new<E>(str_of(arg), repr_of(arg));
    } else {
        return gc_new<E>(str_of(arg), repr_of(arg));
    }
}

/// The arguments of E(a, b, ...) or super().__init__(a, b, ...): str(e) is the repr of their
/// tuple, and strs are kept for e.args.
template <class A, class B, class... Rest>
void set_exception_args(BaseException* e, const A& a, const B& b, const Rest&... rest) {
    std::string inner;
    bool first = true;
    auto add = [&](const auto& v) {
        if (!first) inner += ", ";
        first = false;
        str* r = repr_of(v);
        inner.append(r->data(), std::size_t(r->nbytes()));
    };
    add(a);
    add(b);
    (add(rest), ...);
    e->multiple_args = true;
    e->arg_repr = str::from_utf8(inner);
    e->message = str::from_utf8("(" + inner + ")");
    e->str_args = nullptr;
    if constexpr (is_str_ptr_v<A> && is_str_ptr_v<B> && (is_str_ptr_v<Rest> && ...)) {
        auto* items = list<str*>::make_empty();
        items->append(const_cast<str*>(static_cast<const str*>(a)));
        items->append(const_cast<str*>(static_cast<const str*>(b)));
        (items->append(const_cast<str*>(static_cast<const str*>(rest))), ...);
        e->str_args = items;
    }
}

template <class E, class A, class B, class... Rest>
E* make_exception(const A& a, const B& b, const Rest&... rest) {
    E* e = gc_new<E>();
    set_exception_args(e, a, b, rest...);
    return e;
}

template <class A, class B, class... Rest>
void exception_init(BaseException* self, const A& a, const B& b, const Rest&... rest) {
    set_exception_args(self, a, b, rest...);
}

/// e.args of a program whose exceptions all carry str arguments (the analysis checks that the
/// program raises no other kind; the runtime's own, such as the KeyError of a dict lookup, keep
/// only the text of theirs, so their args are an error rather than a wrong tuple).
inline vtuple<str*> exception_args(const BaseException* e) {
    auto* items = list<str*>::make_empty();
    if (e->multiple_args) {
        if (e->str_args == nullptr) raise_not_implemented("e.args of an exception whose arguments are not all strs");
        return vtuple<str*>(static_cast<list<str*>*>(e->str_args));
    }
    if (e->message != nullptr) {
        if (e->arg_repr != nullptr) raise_not_implemented("e.args of an exception whose argument is not a str");
        items->append(e->message);
    }
    return vtuple<str*>(items);
}

/// E(): no arguments.
template <class E>
E* make_exception() {
    return gc_new<E>();
}

/// super().__init__(arg) in a user exception's __init__.
template <class A>
void exception_init(BaseException* self, const A& arg) {
    if constexpr (is_str_ptr_v<A>) {
        self->message = const_cast<str*>(static_cast<const str*>(arg));
        self->arg_repr = nullptr;
        self->multiple_args = false;
    } else {
        self->multiple_args = false;
        self->message = str_of(arg);
        self->arg_repr = repr_of(arg);
    }
}
inline void exception_init(BaseException* self) {
    self->message = nullptr;
    self->arg_repr = nullptr;
    self->multiple_args = false;
}

/// The AttributeError of None.attr (out of line, so that not_none inlines to a test).
[[noreturn]] void raise_none_attribute(const char* attr);

/// obj.attr where obj may be None: CPython's AttributeError when it is.
template <class T>
inline T* not_none(T* obj, const char* attr) {
    if (KRAIT_UNLIKELY(obj == nullptr)) raise_none_attribute(attr);
    return obj;
}

/// `finally:` and the end of `with`: runs the block when the scope is left.
template <class F>
class defer {
public:
    explicit defer(F f) : f_(std::move(f)) {}
    defer(const defer&) = delete;
    defer& operator=(const defer&) = delete;
    ~defer() noexcept(false) { f_(); }

private:
    F f_;
};

}  // namespace krait

namespace krait {

/// Code the analysis proved never runs (a call on a value that never exists, as in a loop over
/// an empty tuple). Reaching it is a Krait bug.
[[noreturn]] inline void never_reached() { raise_runtime_error("internal error: Krait reached code it proved unreachable"); }

/// A value of whatever type is wanted, in code that never runs: converting it raises.
struct never_t {
    template <class T>
    operator T() const { never_reached(); }
};

// Operators on such a value (a narrowed read of a variable that is only ever None, `x > 0` in a
// branch that needs x not None) are themselves code that never runs.
#define KRAIT_NEVER_OPERATOR(op)                                              \
    template <class U>                                                        \
    never_t operator op(never_t, const U&) { return {}; }                     \
    template <class U, class = std::enable_if_t<!std::is_same_v<U, never_t>>> \
    never_t operator op(const U&, never_t) { return {}; }
KRAIT_NEVER_OPERATOR(+)
KRAIT_NEVER_OPERATOR(-)
KRAIT_NEVER_OPERATOR(*)
KRAIT_NEVER_OPERATOR(/)
KRAIT_NEVER_OPERATOR(%)
KRAIT_NEVER_OPERATOR(<)
KRAIT_NEVER_OPERATOR(>)
KRAIT_NEVER_OPERATOR(<=)
KRAIT_NEVER_OPERATOR(>=)
KRAIT_NEVER_OPERATOR(==)
KRAIT_NEVER_OPERATOR(!=)
KRAIT_NEVER_OPERATOR(&)
KRAIT_NEVER_OPERATOR(|)
KRAIT_NEVER_OPERATOR(^)
#undef KRAIT_NEVER_OPERATOR


// ---- a generator's `return v` (generator.h) ----

/// StopIteration carrying its value for e.value; G is the type e.value has in the program.
template <class G>
struct StopIterationWith : StopIteration {
    G value;
    StopIterationWith(G v, str* msg, str* arg_repr) : StopIteration(msg, arg_repr), value(std::move(v)) {}
};

template <class R>
StopIteration* make_stop(void* box) {
    const R& v = *static_cast<const R*>(box);
    if constexpr (std::is_same_v<R, NoneType>) {
        return make_exception<StopIteration>();
    } else {
        if (is_none_value(v) || is_none_v<R>) return make_exception<StopIteration>();
        if constexpr (std::is_pointer_v<R>) {
            if (v == nullptr) return make_exception<StopIteration>();
        }
        return make_exception<StopIteration>(v);
    }
}

template <class G, class R>
StopIteration* make_stop_with(void* box) {
    const R& v = *static_cast<const R*>(box);
    StopIteration* plain = make_stop<R>(box);
    if constexpr (std::is_same_v<R, NoneType>) {
        return gc_new<StopIterationWith<G>>(G{}, plain->message, plain->arg_repr);
    } else {
        return gc_new<StopIterationWith<G>>(G(v), plain->message, plain->arg_repr);
    }
}

/// e.value of a StopIteration: what the generator returned; None for one made otherwise.
template <class G>
G stop_iteration_value(const StopIteration* e) {
    if (auto* w = dynamic_cast<const StopIterationWith<G>*>(e)) return w->value;
    if (e->message != nullptr) raise_not_implemented("e.value of a StopIteration raised with an argument by the program");
    return G{};
}

}  // namespace krait
