// itertools_module.h -- Python's itertools: lazy iterators with CPython 3.11's semantics.
//
// Every itertools object is an `iter<E>*` (E is what it yields): a GC object with one virtual
// `next(E&)`. The model classes of models/itertools.py name it through aliases that spell E from
// the classes' type parameters (`pairwise<T>` is `iter<tuple<T, T>>`), and their constructors are
// the static factories below, templates over the argument's C++ type. Inputs of any iterable kind
// (list, str, range, dict, set, generator, deque, another itertools object) are wrapped into an
// `iter<E>` that walks them one item at a time, starting at the first next() as CPython's iter()
// followed by next() does; so infinite inputs (count, cycle, generators) work everywhere.
#pragma once

#include "krait/core.h"
#include "krait/exceptions.h"
#include "krait/gc.h"
#include "krait/list.h"
#include "krait/object.h"
#include "krait/operator_module.h"
#include "krait/ops.h"

#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace krait {
// vtuple.h needs more of the runtime than this header includes; the templates below meet a
// complete vtuple where generated code instantiates them.
template <class T>
class vtuple;
}  // namespace krait

namespace krait::itertools {

struct iterator_kind {};

namespace detail {
[[noreturn]] void raise_count_int_float();
}

/// An iterator yielding E: next(), next(default), and begin()/end() for range-for (begin() takes
/// the next item, so a for loop continues where earlier next() calls stopped).
template <class E>
class iter : public Object {
public:
    using value_type = E;
    using krait_iterator = iterator_kind;

    /// repr: "<itertools.chain object at 0x...>", as CPython's (count and repeat print
    /// "count(5)" there: Krait prints them like the others)
    const char* class_name() const override { return name_; }
    const char* module_name() const override { return "itertools"; }
    /// Which itertools function made it (set by the factories).
    const char* name_ = "iterator";
    /// The next item into out; false when exhausted (and forever after).
    virtual bool next(E& out) = 0;

    E next() {
        E v{};
        if (KRAIT_UNLIKELY(!next(v))) raise_stop_iteration();
        return v;
    }
    E next(const E& dflt) {
        E v{};
        return next(v) ? v : dflt;
    }

    struct sentinel {};
    struct iterator {
        iter* it;
        bool more;
        E cur;
        bool operator!=(sentinel) const { return more; }
        const E& operator*() const { return cur; }
        iterator& operator++() {
            more = it->next(cur);
            return *this;
        }
    };
    iterator begin() {
        iterator i{this, false, E{}};
        i.more = next(i.cur);
        return i;
    }
    sentinel end() { return sentinel{}; }

    // ---- the constructors of the model classes (defined below) ----
    template <class C> static iter* chain_of(const C& first);
    template <class C, class... Cs> static iter* chain_of(const C& first, const Cs&... rest);
    static iter* chain_of();
    template <class C> static iter* from_iterable(const C& iterables);
    template <class S1, class S2> static iter* count_of(S1 start, S2 step);
    static iter* count_of() { return count_of(i64(0), i64(1)); }
    static iter* count_int_float(i64, double) { detail::raise_count_int_float(); }
    template <class C> static iter* cycle_of(const C& items);
    static iter* repeat_of(const E& x);
    static iter* repeat_of(const E& x, i64 times);
    template <class C> static iter* accumulate_of(const C& items);
    template <class C, class F> static iter* accumulate_of(const C& items, F func);
    template <class C, class F, class I> static iter* accumulate_of(const C& items, F func, const I& initial);
    template <class C, class I> static iter* accumulate_initial(const C& items, const I& initial);
    template <class C, class S> static iter* compress_of(const C& data, const S& selectors);
    template <class F, class C> static iter* dropwhile_of(F pred, const C& items);
    template <class F, class C> static iter* takewhile_of(F pred, const C& items);
    template <class F, class C> static iter* filterfalse_of(F pred, const C& items);
    template <class C> static iter* filterfalse_none(NoneType, const C& items);
    template <class C, class B> static iter* islice_of(const C& items, const B& stop);
    template <class C, class A, class B> static iter* islice_of(const C& items, const A& start, const B& stop);
    template <class C, class A, class B, class S>
    static iter* islice_of(const C& items, const A& start, const B& stop, const S& step);
    template <class C> static iter* pairwise_of(const C& items);
    template <class F, class C> static iter* starmap_of(F func, const C& items);
    template <class C> static iter* groupby_of(const C& items);
    template <class C, class F> static iter* groupby_of(const C& items, F key);
    template <class A, class B, class V> static iter* zip_longest_fill(const A& a, const B& b, const V& fill);
    template <class... Cs> static iter* product_of(const Cs&... pools);
    template <class C> static iter* product_repeat(const C& pool, i64 repeat);
    template <class C> static iter* permutations_r(const C& pool, i64 r);
    template <class C> static iter* permutations_all(const C& pool);
    template <class C> static iter* combinations_of(const C& pool, i64 r);
    template <class C> static iter* combinations_wr_of(const C& pool, i64 r);
    template <class C> static iter* tee_of(const C& items);
};

template <class T> using count = iter<T>;
template <class T> using cycle = iter<T>;
template <class T> using repeat = iter<T>;
template <class T> using accumulate = iter<T>;
template <class T> using chain = iter<T>;
template <class T> using compress = iter<T>;
template <class T> using dropwhile = iter<T>;
template <class T> using takewhile = iter<T>;
template <class T> using filterfalse = iter<T>;
template <class T> using islice = iter<T>;
template <class T> using tee_iter = iter<T>;
template <class T> using pairwise = iter<tuple<T, T>>;
template <class R> using starmap = iter<R>;
template <class K, class T> using groupby = iter<tuple<K, list<T>*>>;
template <class A, class B> using zip_longest = iter<tuple<A, B>>;
template <class A, class B> using product2 = iter<tuple<A, B>>;

namespace detail {

template <class C>
decltype(auto) deref(const C& c) {
    if constexpr (std::is_pointer_v<C>) return *c;
    else return c;
}
template <class C>
decltype(auto) deref_mut(C& c) {
    if constexpr (std::is_pointer_v<C>) return *c;
    else return (c);
}

template <class T, class = void>
struct is_iter : std::false_type {};
template <class T>
struct is_iter<T*, std::void_t<typename T::krait_iterator>> : std::true_type {};

/// The items of an iterable of any kind, one at a time, converted to E.
template <class E, class C>
class source final : public iter<E> {
public:
    explicit source(const C& items) : items_(items) {}
    // steps the input only when the next item is asked for: a generator's begin() and ++
    // compute its next value, which must not run ahead of what the consumer took
    bool next(E& out) override {
        if (done_) return false;
        if (!it_) {
            it_.emplace(deref_mut(items_).begin());
            end_.emplace(deref_mut(items_).end());
        } else {
            ++*it_;
        }
        if (!(*it_ != *end_)) {
            done_ = true;
            return false;
        }
        out = E(**it_);
        return true;
    }

private:
    using It = decltype(deref_mut(std::declval<C&>()).begin());
    using End = decltype(deref_mut(std::declval<C&>()).end());
    C items_;
    std::optional<It> it_;
    std::optional<End> end_;
    bool done_ = false;
};

/// An iterator over `items` yielding E: the object itself when it is one already.
template <class T>
struct is_std_tuple : std::false_type {};
template <class... Ts>
struct is_std_tuple<std::tuple<Ts...>> : std::true_type {};

template <class E, class C>
iter<E>* source_of(const C& items) {
    if constexpr (std::is_convertible_v<C, iter<E>*>) {
        return items;
    } else if constexpr (is_std_tuple<C>::value) {
        list<E>* xs = list<E>::make_empty();  // a tuple's items, which have one type here
        std::apply([xs](const auto&... x) { (xs->append(E(x)), ...); }, items);
        return gc_new<source<E, list<E>*>>(xs);
    } else {
        return gc_new<source<E, C>>(items);
    }
}

template <class C>
using item_t = std::decay_t<decltype(*deref_mut(std::declval<C&>()).begin())>;

/// The items of an iterable, all of them, as a list (for pools and cycle's memory).
template <class E, class C>
list<E>* list_of_items(const C& items) {
    list<E>* out = list<E>::make_empty();
    iter<E>* it = source_of<E>(items);
    E v{};
    while (it->next(v)) out->append(v);
    return out;
}

template <class E, class F>
class lambda_iter final : public iter<E> {
public:
    explicit lambda_iter(F step) : step_(std::move(step)) {}
    bool next(E& out) override {
        if (done_) return false;
        if (!step_(out)) {
            done_ = true;
            return false;
        }
        return true;
    }

private:
    F step_;
    bool done_ = false;
};

/// An iterator named `name` whose step is a lambda `bool(E& out)` (false: exhausted).
template <class E, class F>
iter<E>* make_iter(const char* name, F step) {
    iter<E>* it = gc_new<lambda_iter<E, F>>(std::move(step));
    it->name_ = name;
    return it;
}

[[noreturn]] void raise_islice_stop();
[[noreturn]] void raise_islice_indices();
[[noreturn]] void raise_islice_step();
/// The tuple length the compiler chose differs from the run-time r (cannot happen for literals).
[[noreturn]] void raise_literal_mismatch(const char* function, const char* param);

/// An islice bound: None (nullptr, NoneType, empty optional) or an int; -1 for None.
template <class B>
i64 bound(const B& b, bool& is_none) {
    is_none = false;
    if constexpr (std::is_same_v<B, NoneType> || std::is_null_pointer_v<B> || std::is_same_v<B, std::nullopt_t>) {
        is_none = true;
        return -1;
    } else if constexpr (std::is_same_v<B, std::optional<i64>>) {
        if (!b) {
            is_none = true;
            return -1;
        }
        return *b;
    } else {
        return i64(b);
    }
}

/// The indices of the r-tuples of a pool of n items, in CPython's order, for one kind of
/// combinatoric iterator: `indices` holds the current tuple's indices.
struct index_walk {
    list<i64>* indices;
    list<i64>* cycles;  // permutations only
    i64 n, r;
    bool first = true, done = false;
};

// always inline: returned out of line, the tuple went through memory written 8 bytes at a time
// and read back wider (a store-forwarding stall per item in permutation loops)
template <class E, class T, std::size_t... I>
__attribute__((always_inline)) inline E tuple_from(list<T>* pool, list<i64>* idx, std::index_sequence<I...>) {
    return E(pool->at(idx->at(I))...);
}

}  // namespace detail

template <class E>
template <class C>
iter<E>* iter<E>::tee_of(const C& items) {
    return detail::source_of<E>(items);
}

// ---- chain ----
template <class E>
iter<E>* iter<E>::chain_of() {
    return detail::make_iter<E>("chain", [](E&) { return false; });
}
template <class E>
template <class C>
iter<E>* iter<E>::chain_of(const C& first) {
    return detail::make_iter<E>("chain", [src = detail::source_of<E>(first)](E& out) { return src->next(out); });
}
template <class E>
template <class C, class... Cs>
iter<E>* iter<E>::chain_of(const C& first, const Cs&... rest) {
    iter<E>* a = detail::source_of<E>(first);
    iter<E>* b = chain_of(rest...);
    return detail::make_iter<E>("chain", [a, b, in_a = true](E& out) mutable {
        if (in_a) {
            if (a->next(out)) return true;
            in_a = false;
        }
        return b->next(out);
    });
}
template <class E>
template <class C>
iter<E>* iter<E>::from_iterable(const C& iterables) {
    // the outer iterable is walked directly: its items (ranges, say) need not be default-constructible
    using It = decltype(detail::deref_mut(std::declval<C&>()).begin());
    using End = decltype(detail::deref_mut(std::declval<C&>()).end());
    return detail::make_iter<E>("chain", [outer = iterables, it = std::optional<It>(), end = std::optional<End>(),
                                 cur = (iter<E>*)nullptr](E& out) mutable {
        for (;;) {
            if (cur && cur->next(out)) return true;
            // the outer input steps only when the next inner iterable is needed (see source)
            if (!it) {
                it.emplace(detail::deref_mut(outer).begin());
                end.emplace(detail::deref_mut(outer).end());
            } else {
                ++*it;
            }
            if (!(*it != *end)) return false;
            cur = detail::source_of<E>(**it);
        }
    });
}

// ---- infinite iterators ----
template <class E>
template <class S1, class S2>
iter<E>* iter<E>::count_of(S1 start, S2 step) {
    return detail::make_iter<E>("count", [n = E(start), step = E(step)](E& out) mutable {
        out = n;
        if constexpr (std::is_same_v<E, i64>) n = int_add(n, step);
        else n = n + step;
        return true;
    });
}
template <class E>
template <class C>
iter<E>* iter<E>::cycle_of(const C& items) {
    // the first pass keeps what it yields; later passes replay it
    return detail::make_iter<E>("cycle", [src = detail::source_of<E>(items), saved = list<E>::make_empty(), i = i64(-1)](E& out) mutable {
        if (i < 0) {
            if (src->next(out)) {
                saved->append(out);
                return true;
            }
            i = 0;
        }
        if (saved->len() == 0) return false;
        out = saved->at(i);
        i = i + 1 == saved->len() ? 0 : i + 1;
        return true;
    });
}
template <class E>
iter<E>* iter<E>::repeat_of(const E& x) {
    return detail::make_iter<E>("repeat", [x](E& out) {
        out = x;
        return true;
    });
}
template <class E>
iter<E>* iter<E>::repeat_of(const E& x, i64 times) {
    return detail::make_iter<E>("repeat", [x, left = times](E& out) mutable {
        if (left <= 0) return false;
        --left;
        out = x;
        return true;
    });
}

// ---- accumulate ----
template <class E>
template <class C, class F, class I>
iter<E>* iter<E>::accumulate_of(const C& items, F func, const I& initial) {
    // initial: NoneType when absent; func: NoneType for addition
    constexpr bool has_initial = !std::is_same_v<I, NoneType>;
    E init{};
    if constexpr (has_initial) init = E(initial);
    return detail::make_iter<E>("accumulate", [src = detail::source_of<E>(items), func, total = init, started = false,
                                 pending = has_initial](E& out) mutable {
        if (pending) {
            pending = false;
            started = true;
            out = total;
            return true;
        }
        E v{};
        if (!src->next(v)) return false;
        if (!started) {
            started = true;
            total = v;
        } else if constexpr (std::is_same_v<F, NoneType>) {
            total = E(op::add(total, v));
        } else {
            total = E(func(total, v));
        }
        out = total;
        return true;
    });
}
template <class E>
template <class C>
iter<E>* iter<E>::accumulate_of(const C& items) {
    return accumulate_of(items, None, None);
}
template <class E>
template <class C, class F>
iter<E>* iter<E>::accumulate_of(const C& items, F func) {
    return accumulate_of(items, func, None);
}
template <class E>
template <class C, class I>
iter<E>* iter<E>::accumulate_initial(const C& items, const I& initial) {
    return accumulate_of(items, None, initial);
}

// ---- filtering ----
template <class E>
template <class C, class S>
iter<E>* iter<E>::compress_of(const C& data, const S& selectors) {
    using Sel = detail::item_t<S>;
    return detail::make_iter<E>("compress", [d = detail::source_of<E>(data), s = detail::source_of<Sel>(selectors)](E& out) {
        Sel keep{};
        while (d->next(out)) {
            if (!s->next(keep)) return false;
            if (truthy(keep)) return true;
        }
        return false;
    });
}
template <class E>
template <class F, class C>
iter<E>* iter<E>::dropwhile_of(F pred, const C& items) {
    return detail::make_iter<E>("dropwhile", [pred, src = detail::source_of<E>(items), dropping = true](E& out) mutable {
        while (src->next(out)) {
            if (dropping && truthy(pred(out))) continue;
            dropping = false;
            return true;
        }
        return false;
    });
}
template <class E>
template <class F, class C>
iter<E>* iter<E>::takewhile_of(F pred, const C& items) {
    return detail::make_iter<E>("takewhile", [pred, src = detail::source_of<E>(items)](E& out) {
        return src->next(out) && truthy(pred(out));
    });
}
template <class E>
template <class F, class C>
iter<E>* iter<E>::filterfalse_of(F pred, const C& items) {
    return detail::make_iter<E>("filterfalse", [pred, src = detail::source_of<E>(items)](E& out) {
        while (src->next(out)) {
            if (!truthy(pred(out))) return true;
        }
        return false;
    });
}
template <class E>
template <class C>
iter<E>* iter<E>::filterfalse_none(NoneType, const C& items) {
    return detail::make_iter<E>("filterfalse", [src = detail::source_of<E>(items)](E& out) {
        while (src->next(out)) {
            if (!truthy(out)) return true;
        }
        return false;
    });
}

// ---- islice ----
template <class E>
template <class C, class B>
iter<E>* iter<E>::islice_of(const C& items, const B& stop) {
    return islice_of(items, None, stop, None);
}
template <class E>
template <class C, class A, class B>
iter<E>* iter<E>::islice_of(const C& items, const A& start, const B& stop) {
    return islice_of(items, start, stop, None);
}
template <class E>
template <class C, class A, class B, class S>
iter<E>* iter<E>::islice_of(const C& items, const A& start, const B& stop, const S& step) {
    bool no_start, no_stop, no_step;
    i64 a = detail::bound(start, no_start), b = detail::bound(stop, no_stop), s = detail::bound(step, no_step);
    // CPython checks stop first when it is the only bound, and the indices otherwise
    if (!no_stop && b < 0) {
        if (std::is_same_v<A, NoneType> && std::is_same_v<S, NoneType>) detail::raise_islice_stop();
        detail::raise_islice_indices();
    }
    if (!no_start && a < 0) detail::raise_islice_indices();
    if (no_start) a = 0;
    if (no_step) s = 1;
    if (s <= 0) detail::raise_islice_step();
    return detail::make_iter<E>("islice", [src = detail::source_of<E>(items), next_index = a, stop = no_stop ? i64(-1) : b, s,
                                 pos = i64(0)](E& out) mutable {
        if (stop >= 0 && next_index >= stop) return false;
        // skip to next_index, yield it, then aim at the next multiple of the step
        while (pos < next_index) {
            if (!src->next(out)) return false;
            ++pos;
        }
        if (!src->next(out)) return false;
        ++pos;
        next_index = next_index + s;
        if (stop >= 0 && next_index > stop) next_index = stop;
        return true;
    });
}

// ---- pairs, starmap, groupby, zip_longest ----
template <class E>
template <class C>
iter<E>* iter<E>::pairwise_of(const C& items) {
    using T = std::tuple_element_t<0, E>;
    return detail::make_iter<E>("pairwise", [src = detail::source_of<T>(items), prev = T{}, started = false](E& out) mutable {
        if (!started) {
            started = true;
            if (!src->next(prev)) return false;
        }
        T cur{};
        if (!src->next(cur)) return false;
        out = E(prev, cur);
        prev = cur;
        return true;
    });
}
template <class E>
template <class F, class C>
iter<E>* iter<E>::starmap_of(F func, const C& items) {
    using Args = detail::item_t<C>;
    return detail::make_iter<E>("starmap", [func, src = detail::source_of<Args>(items)](E& out) {
        Args args{};
        if (!src->next(args)) return false;
        out = E(std::apply(func, args));
        return true;
    });
}
template <class E>
template <class C, class F>
iter<E>* iter<E>::groupby_of(const C& items, F key) {
    // Each group is materialized as a list when its key is reached (Krait's groups are lists).
    using K = std::tuple_element_t<0, E>;
    using G = std::remove_pointer_t<std::tuple_element_t<1, E>>;
    using T = typename G::value_type;
    return detail::make_iter<E>("groupby", [src = detail::source_of<T>(items), key, have = false, done = false,
                                 v = T{}, k = K{}](E& out) mutable {
        if (done) return false;
        if (!have) {
            if (!src->next(v)) return false;
            if constexpr (std::is_same_v<F, NoneType>) k = K(v);
            else k = K(key(v));
            have = true;
        }
        K group_key = k;
        G* group = G::make_empty();
        group->append(v);
        for (;;) {
            if (!src->next(v)) {
                done = true;
                break;
            }
            if constexpr (std::is_same_v<F, NoneType>) k = K(v);
            else k = K(key(v));
            if (!py_eq(k, group_key)) break;
            group->append(v);
        }
        out = E(group_key, group);
        return true;
    });
}
template <class E>
template <class C>
iter<E>* iter<E>::groupby_of(const C& items) {
    return groupby_of(items, None);
}
template <class E>
template <class A, class B, class V>
iter<E>* iter<E>::zip_longest_fill(const A& a, const B& b, const V& fill) {
    using X = std::tuple_element_t<0, E>;
    using Y = std::tuple_element_t<1, E>;
    return detail::make_iter<E>("zip_longest", [sa = detail::source_of<X>(a), sb = detail::source_of<Y>(b), fx = X(fill), fy = Y(fill),
                                 live_a = true, live_b = true](E& out) mutable {
        X x = fx;
        Y y = fy;
        if (live_a && !sa->next(x)) {
            live_a = false;
            x = fx;
        }
        if (live_b && !sb->next(y)) {
            live_b = false;
            y = fy;
        }
        if (!live_a && !live_b) return false;
        out = E(x, y);
        return true;
    });
}

// ---- combinatorics: pools are read whole first, as CPython does ----
namespace detail {

/// Steps `w` to the next index tuple of `kind`; false when there is none.
enum class combo { product, permutations, combinations, with_replacement };

inline bool first_combo(index_walk& w, combo kind) {
    w.first = false;
    w.indices = list<i64>::make_empty();
    if (kind == combo::permutations) {
        if (w.r > w.n) return false;
        w.cycles = list<i64>::make_empty();
        for (i64 i = 0; i < w.n; ++i) w.indices->append(i);
        for (i64 i = 0; i < w.r; ++i) w.cycles->append(w.n - i);
        return true;
    }
    if (kind == combo::combinations) {
        if (w.r > w.n) return false;
        for (i64 i = 0; i < w.r; ++i) w.indices->append(i);
        return true;
    }
    // product (over r copies of one pool) and combinations with replacement start at all zeros
    if (w.n == 0 && w.r > 0) return false;
    for (i64 i = 0; i < w.r; ++i) w.indices->append(0);
    return true;
}

// always inline: the loops below pass `kind` as a constant, and the switch folds away
__attribute__((always_inline)) inline bool next_combo(index_walk& w, combo kind) {
    i64 n = w.n, r = w.r;
    i64* idx = w.indices->data();
    switch (kind) {
    case combo::product:
        for (i64 i = r - 1; i >= 0; --i) {
            if (++idx[i] < n) return true;
            idx[i] = 0;
        }
        return false;
    case combo::permutations: {
        i64* cyc = w.cycles->data();
        for (i64 i = r - 1; i >= 0; --i) {
            if (--cyc[i] == 0) {
                // move indices[i] to the end, shifting the rest left
                i64 moved = idx[i];
                for (i64 j = i; j < n - 1; ++j) {
                    // j opaque to g++: a few items at a time, a call to memmove costs more than the loop
                    __asm__("" : "+r"(j));
                    idx[j] = idx[j + 1];
                }
                idx[n - 1] = moved;
                cyc[i] = n - i;
            } else {
                i64 j = n - cyc[i];
                i64 t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
                return true;
            }
        }
        return false;
    }
    case combo::combinations:
        for (i64 i = r - 1; i >= 0; --i) {
            if (idx[i] != i + n - r) {
                ++idx[i];
                for (i64 j = i + 1; j < r; ++j) idx[j] = idx[j - 1] + 1;
                return true;
            }
        }
        return false;
    case combo::with_replacement:
        for (i64 i = r - 1; i >= 0; --i) {
            if (idx[i] != n - 1) {
                i64 v = idx[i] + 1;
                for (i64 j = i; j < r; ++j) idx[j] = v;
                return true;
            }
        }
        return false;
    }
    return false;
}

/// Whether E is a tuple of run-time length (combinations(xs, k) with k a variable).
template <class E>
struct is_vtuple : std::false_type {};
template <class T>
struct is_vtuple<vtuple<T>> : std::true_type {};

/// The r of a combinatoric iterator yielding E: a fixed tuple's length must be r (the model
/// took it from a literal); a variable tuple takes any r >= 0, as CPython does.
template <class E>
i64 combo_length(i64 r, const char* function, const char* param) {
    if constexpr (is_vtuple<E>::value) {
        if (r < 0) {
            raise_value_error(std::string(param) == "repeat" ? "repeat argument cannot be negative"
                                                              : "r must be non-negative");
        }
        return r;
    } else {
        if (r != i64(std::tuple_size_v<E>)) raise_literal_mismatch(function, param);
        return r;
    }
}

/// The step `bool(E& out)` yielding the r-tuples of one pool in the order of `Kind` (r is E's
/// length, or the given r for a variable tuple).
template <class E, combo Kind, class C>
auto combo_step(const C& items, i64 r_var = 0) {
    if constexpr (is_vtuple<E>::value) {
        using T = typename E::value_type;
        list<T>* pool = list_of_items<T>(items);
        index_walk w{nullptr, nullptr, pool->len(), r_var};
        return [pool, w](E& out) mutable {
            if (w.done) return false;
            bool more = w.first ? first_combo(w, Kind) : next_combo(w, Kind);
            if (!more) {
                w.done = true;
                return false;
            }
            list<T>* got = list<T>::make_empty();
            got->reserve(w.r);
            for (i64 i = 0; i < w.r; ++i) got->append(pool->at(w.indices->at(i)));
            out = E(got);
            return true;
        };
    } else {
        using T = std::tuple_element_t<0, E>;
        constexpr std::size_t r = std::tuple_size_v<E>;
        list<T>* pool = list_of_items<T>(items);
        index_walk w{nullptr, nullptr, pool->len(), i64(r)};
        return [pool, w](E& out) mutable __attribute__((always_inline)) {
            if (w.done) return false;
            bool more = w.first ? first_combo(w, Kind) : next_combo(w, Kind);
            if (!more) {
                w.done = true;
                return false;
            }
            out = tuple_from<E>(pool, w.indices, std::make_index_sequence<r>{});
            return true;
        };
    }
}

/// The r-tuples of one pool as an iterator object.
template <class E, combo Kind, class C>
iter<E>* combos(const char* name, const C& items, i64 r = 0) {
    return make_iter<E>(name, combo_step<E, Kind>(items, r));
}

template <class E, class Pools, std::size_t... I>
E product_item(const Pools& pools, const i64* idx, std::index_sequence<I...>) {
    return E(std::get<I>(pools)->at(idx[I])...);
}

}  // namespace detail

namespace detail {
template <class E, std::size_t... I, class... Cs>
auto product_step(std::index_sequence<I...>, const Cs&... pools) {
    constexpr std::size_t n = sizeof...(Cs);
    auto lists = std::make_tuple(list_of_items<std::tuple_element_t<I, E>>(pools)...);
    return [lists, idx = (list<i64>*)nullptr, done = false](E& out) mutable __attribute__((always_inline)) {
        if (done) return false;
        i64 lens[] = {std::get<I>(lists)->len()...};
        if (!idx) {
            idx = list<i64>::make_empty();
            for (i64 len : lens) {
                if (len == 0) done = true;
                idx->append(0);
            }
            if (done) return false;
        } else {
            i64* p = idx->data();
            i64 i = i64(n) - 1;
            for (; i >= 0; --i) {
                if (++p[i] < lens[i]) break;
                p[i] = 0;
            }
            if (i < 0) {
                done = true;
                return false;
            }
        }
        out = product_item<E>(lists, idx->data(), std::index_sequence<I...>{});
        return true;
    };
}
template <class E, std::size_t... I, class... Cs>
iter<E>* product_impl(const char* name, std::index_sequence<I...> is, const Cs&... pools) {
    return make_iter<E>(name, product_step<E>(is, pools...));
}

/// A for loop straight over an iterator made in its own header (`for p in permutations(xs, 2)`):
/// nothing else can reach that iterator, so the loop runs its step inline, by value, instead of
/// through the virtual next() of an iter<E> on the heap.
template <class E, class F>
class step_loop {
public:
    explicit step_loop(F step) : step_(std::move(step)) {}
    struct sentinel {};
    struct iterator {
        F* step;
        bool more;
        E cur;
        bool operator!=(sentinel) const { return more; }
        const E& operator*() const { return cur; }
        iterator& operator++() {
            more = (*step)(cur);
            return *this;
        }
    };
    iterator begin() {
        iterator i{&step_, false, E{}};
        i.more = step_(i.cur);
        return i;
    }
    sentinel end() { return sentinel{}; }

private:
    F step_;
};
template <class E, class F>
step_loop<E, F> make_step_loop(F step) {
    return step_loop<E, F>(std::move(step));
}
}  // namespace detail

/// The loops of the combinatoric iterators (see step_loop): the same checks and items as the
/// factories of iter<E> they are named after.
template <class E, class... Cs>
auto product_of_loop(const Cs&... pools) {
    static_assert(sizeof...(Cs) == std::tuple_size_v<E>, "product: one pool per tuple position");
    return detail::make_step_loop<E>(detail::product_step<E>(std::index_sequence_for<Cs...>{}, pools...));
}
template <class E, class C>
auto product_repeat_loop(const C& pool, i64 repeat) {
    repeat = detail::combo_length<E>(repeat, "product", "repeat");
    return detail::make_step_loop<E>(detail::combo_step<E, detail::combo::product>(pool, repeat));
}
template <class E, class C>
auto permutations_r_loop(const C& pool, i64 r) {
    r = detail::combo_length<E>(r, "permutations", "r");
    return detail::make_step_loop<E>(detail::combo_step<E, detail::combo::permutations>(pool, r));
}
template <class E, class C>
auto permutations_all_loop(const C& pool) {
    using T = typename E::value_type;
    list<T>* items = detail::list_of_items<T>(pool);
    return detail::make_step_loop<E>(detail::combo_step<E, detail::combo::permutations>(items, items->len()));
}
template <class E, class C>
auto combinations_of_loop(const C& pool, i64 r) {
    r = detail::combo_length<E>(r, "combinations", "r");
    return detail::make_step_loop<E>(detail::combo_step<E, detail::combo::combinations>(pool, r));
}
template <class E, class C>
auto combinations_wr_of_loop(const C& pool, i64 r) {
    r = detail::combo_length<E>(r, "combinations_with_replacement", "r");
    return detail::make_step_loop<E>(detail::combo_step<E, detail::combo::with_replacement>(pool, r));
}

template <class E>
template <class... Cs>
iter<E>* iter<E>::product_of(const Cs&... pools) {
    static_assert(sizeof...(Cs) == std::tuple_size_v<E>, "product: one pool per tuple position");
    return detail::product_impl<E>("product", std::index_sequence_for<Cs...>{}, pools...);
}
template <class E>
template <class C>
iter<E>* iter<E>::product_repeat(const C& pool, i64 repeat) {
    repeat = detail::combo_length<E>(repeat, "product", "repeat");
    return detail::combos<E, detail::combo::product>("product", pool, repeat);
}
template <class E>
template <class C>
iter<E>* iter<E>::permutations_r(const C& pool, i64 r) {
    r = detail::combo_length<E>(r, "permutations", "r");
    return detail::combos<E, detail::combo::permutations>("permutations", pool, r);
}
template <class E>
template <class C>
iter<E>* iter<E>::permutations_all(const C& pool) {
    using T = typename E::value_type;
    list<T>* items = detail::list_of_items<T>(pool);
    return detail::combos<E, detail::combo::permutations>("permutations", items, items->len());
}
template <class E>
template <class C>
iter<E>* iter<E>::combinations_of(const C& pool, i64 r) {
    r = detail::combo_length<E>(r, "combinations", "r");
    return detail::combos<E, detail::combo::combinations>("combinations", pool, r);
}
template <class E>
template <class C>
iter<E>* iter<E>::combinations_wr_of(const C& pool, i64 r) {
    r = detail::combo_length<E>(r, "combinations_with_replacement", "r");
    return detail::combos<E, detail::combo::with_replacement>("combinations_with_replacement", pool, r);
}

namespace detail {

/// The items tee's iterators share: each reader has its position in `seen`, and items all
/// readers have passed are dropped from the front.
template <class T>
struct tee_buffer {
    iter<T>* src;
    list<T>* seen;
    i64 dropped = 0;            // items removed from the front of `seen`
    list<i64>* positions;       // each reader's absolute position
    bool exhausted = false;
};

template <class T>
iter<T>* tee_reader(tee_buffer<T>* buf, i64 reader) {
    return make_iter<T>("_tee", [buf, reader](T& out) {
        i64 pos = buf->positions->at(reader);
        i64 at = pos - buf->dropped;
        if (at == buf->seen->len()) {
            if (buf->exhausted || !buf->src->next(out)) {
                buf->exhausted = true;
                return false;
            }
            buf->seen->append(out);
        } else {
            out = buf->seen->at(at);
        }
        buf->positions->setitem(reader, pos + 1);
        // drop what every reader has passed, once it is half the buffer
        i64 lowest = pos + 1;
        for (i64 i = 0; i < buf->positions->len(); ++i)
            if (buf->positions->at(i) < lowest) lowest = buf->positions->at(i);
        i64 passed = lowest - buf->dropped;
        if (passed >= 32 && passed * 2 >= buf->seen->len()) {
            list<T>* rest = list<T>::make_empty();
            for (i64 i = passed; i < buf->seen->len(); ++i) rest->append(buf->seen->at(i));
            buf->seen = rest;
            buf->dropped = lowest;
        }
        return true;
    });
}

template <class Tup, std::size_t... I, class T>
Tup tee_tuple(tee_buffer<T>* buf, std::index_sequence<I...>) {
    return Tup(tee_reader(buf, i64(I))...);
}

}  // namespace detail

/// tee(iterable[, n]): n iterators over the same items (the C++ tuple type says n).
template <class Tup, class C>
Tup tee_n(const C& items) {
    using T = typename std::remove_pointer_t<std::tuple_element_t<0, Tup>>::value_type;
    constexpr std::size_t n = std::tuple_size_v<Tup>;
    auto* buf = gc_new<detail::tee_buffer<T>>();
    buf->src = detail::source_of<T>(items);
    buf->seen = list<T>::make_empty();
    buf->positions = list<i64>::make_empty();
    for (std::size_t i = 0; i < n; ++i) buf->positions->append(0);
    return detail::tee_tuple<Tup>(buf, std::make_index_sequence<n>{});
}

namespace detail {
template <class T, std::size_t>
using same_t = T;
template <class T, std::size_t... I>
std::tuple<same_t<iter<T>*, I>...> tee_type(std::index_sequence<I...>);
template <std::size_t N, class C>
auto tee_of_n(const C& items) {
    using Tup = decltype(tee_type<item_t<C>>(std::make_index_sequence<N>{}));
    return tee_n<Tup>(items);
}
}  // namespace detail

/// tee(iterable) and tee(iterable, n) for a literal n: a tuple of n iterators (the name says n).
template <class C>
auto tee2(const C& items) { return detail::tee_of_n<2>(items); }
template <class C>
auto tee1(const C& items, i64) { return detail::tee_of_n<1>(items); }
template <class C>
auto tee2(const C& items, i64) { return detail::tee_of_n<2>(items); }
template <class C>
auto tee3(const C& items, i64) { return detail::tee_of_n<3>(items); }
template <class C>
auto tee4(const C& items, i64) { return detail::tee_of_n<4>(items); }
template <class C>
auto tee5(const C& items, i64) { return detail::tee_of_n<5>(items); }

}  // namespace krait::itertools

namespace krait {

template <class E>
E next_of(itertools::iter<E>* it) { return it->next(); }
template <class E, class D>
E next_of(itertools::iter<E>* it, const D& dflt) { return it->next(E(dflt)); }

}  // namespace krait
