// vtuple.h -- a tuple whose length is known only at run time (tuple(xs), *args
// from a list, zip(*rows)): vtuple<T>, an immutable value over list storage
// whose elements share one type. It prints, compares and hashes as a Python
// tuple; a fixed tuple (std::tuple) of the same element type converts to it.
#pragma once

#include <array>
#include <string>
#include <tuple>

#include "krait/iterables.h"
#include "krait/list.h"
#include "krait/ops.h"

namespace krait {

template <class T>
class vtuple {
public:
    using value_type = T;

    vtuple() : items_(list<T>::make_empty()) {}
    explicit vtuple(list<T>* items) : items_(items) {}
    template <class... U>
    vtuple(const std::tuple<U...>& t) : items_(list<T>::make_empty()) {
        items_->reserve(i64(sizeof...(U)));
        std::apply([this](const auto&... e) { (items_->append(T(e)), ...); }, t);
    }

    /// A new tuple of the items of any iterable (tuple(xs)).
    template <class Iterable>
    static vtuple from(const Iterable& xs) {
        if constexpr (std::is_same_v<Iterable, list<T>*> || std::is_same_v<Iterable, const list<T>*>)
            return vtuple(xs->copy());
        else return vtuple(list<T>::from(xs));
    }

    // The generated code reaches containers through pointers (c->len(), *c); a
    // variable tuple answers the same spelling, so the list paths serve it too.
    const vtuple* operator->() const { return this; }
    const vtuple& operator*() const { return *this; }

    /// The items as a list that nobody mutates: what a function taking any iterable receives.
    list<T>* items() const { return items_; }
    i64 len() const { return items_->len(); }
    T getitem(i64 i) const {
        i64 n = items_->len();
        if (i < 0) i += n;
        KRAIT_INDEX_CHECK(u64(i) < u64(n), "tuple index out of range");
        return items_->at(i);
    }
    vtuple slice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step = std::nullopt) const {
        return vtuple(items_->slice(lo, hi, step));
    }
    template <class V>
    bool contains(const V& v) const { return items_->contains(v); }
    template <class V>
    i64 count(const V& v) const { return items_->count(v); }
    template <class V>
    i64 index(const V& v, std::optional<i64> start = std::nullopt, std::optional<i64> stop = std::nullopt) const {
        i64 a, b;
        slice_clamp(items_->len(), start, stop, a, b);
        for (i64 i = a; i < b; ++i)
            if (py_eq(items_->at(i), v)) return i;
        raise_value_error("tuple.index(x): x not in tuple");
    }
    vtuple concat(const vtuple& o) const { return vtuple(items_->concat(o.items_)); }
    vtuple repeat(i64 n) const { return vtuple(items_->repeat(n)); }

    template <class U>
    bool eq(const vtuple<U>& o) const { return items_->eq(o.items()); }
    template <CmpOp Op, class U>
    bool compare(const vtuple<U>& o) const { return items_->template compare<Op>(o.items()); }
    void repr_into(std::string& out) const {
        out += '(';
        i64 n = items_->len();
        for (i64 i = 0; i < n; ++i) {
            if (i) out += ", ";
            append_repr(out, items_->at(i));
        }
        if (n == 1) out += ',';
        out += ')';
    }
    /// CPython's xxHash-based tuplehash, as for fixed tuples.
    i64 hash() const {
        constexpr u64 P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
        u64 acc = P5;
        i64 n = items_->len();
        for (i64 i = 0; i < n; ++i) {
            acc += u64(py_hash(items_->at(i))) * P2;
            acc = (acc << 31) | (acc >> 33);
            acc *= P1;
        }
        acc += u64(n) ^ (P5 ^ 3527539UL);
        if (acc == u64(-1)) return 1546275796;
        return i64(acc);
    }

    auto begin() const { return items_->begin(); }
    auto end() const { return items_->end(); }

private:
    list<T>* items_;
};

/// a == b and a < b between a variable tuple and a fixed one: the fixed one converted.
template <class T, class... U>
vtuple<T> vtuple_of_fixed(const std::tuple<U...>& t) { return vtuple<T>(t); }

/// tuple(t) of a tuple whose positions share one type (a tuple of run-time length is kept: it
/// is immutable); the empty tuple converts to whichever element type the result is used as.
template <class T, class... R>
vtuple<T> vtuple_of_tuple(const std::tuple<T, R...>& t) { return vtuple<T>(t); }
template <class T>
vtuple<T> vtuple_of_tuple(const vtuple<T>& t) { return t; }
struct empty_vtuple_of_tuple {
    template <class T>
    operator vtuple<T>() const { return vtuple<T>(); }
};
inline empty_vtuple_of_tuple vtuple_of_tuple(const std::tuple<>&) { return {}; }

// The builtins a model declares for tuple[T, ...], for a tuple of run-time length.
template <class T>
auto min_tuple(const vtuple<T>& t) { return min_of(t.items()); }
template <class T>
auto max_tuple(const vtuple<T>& t) { return max_of(t.items()); }
template <class T, class Key>
auto min_tuple_by(const vtuple<T>& t, Key key) { return min_by(t.items(), key); }
template <class T, class Key>
auto max_tuple_by(const vtuple<T>& t, Key key) { return max_by(t.items(), key); }
template <class T>
auto sorted_tuple(const vtuple<T>& t, bool reverse) {
    list<T>* out = t.items()->copy();
    out->sort(reverse);
    return out;
}
template <class S, class T>
S sum_tuple(const vtuple<T>& t, S start) {
    S total = start;
    for (const T& x : t) total = std::is_same_v<S, i64> ? S(int_add(i64(total), i64(x))) : S(total + x);
    return total;
}
template <class T>
auto sum_tuple(const vtuple<T>& t) { return sum_tuple(t, std::conditional_t<std::is_same_v<T, double>, double, i64>(0)); }
template <class T>
list<T>* list_of_tuple(const vtuple<T>& t) { return t.items()->copy(); }
template <class T>
set<T>* set_of_tuple(const vtuple<T>& t) { return set_of(t.items()); }
template <class L, class T>
void list_extend_tuple(list<L>* l, const vtuple<T>& t) {
    for (const T& x : t) l->append(L(x));
}
inline bool str_startswith_any(str* s, const vtuple<str*>& prefixes, std::optional<i64> start = std::nullopt,
                               std::optional<i64> end = std::nullopt) {
    for (str* p : prefixes)
        if (s->startswith(p, start, end)) return true;
    return false;
}
inline bool str_endswith_any(str* s, const vtuple<str*>& suffixes, std::optional<i64> start = std::nullopt,
                             std::optional<i64> end = std::nullopt) {
    for (str* p : suffixes)
        if (s->endswith(p, start, end)) return true;
    return false;
}

/// reversed(t) of a variable tuple, as a new list.
template <class T>
list<T>* reversed_tuple(const vtuple<T>& t) {
    list<T>* out = t.items()->copy();
    out->reverse();
    return out;
}

/// tuple(xs) of any iterable.
template <class C>
auto vtuple_from(const C& xs) {
    using E = std::decay_t<decltype(*iterable_ref(xs).begin())>;
    return vtuple<E>(list<E>::from(xs));
}

/// t[i] of a fixed tuple whose positions share one type, i known only when it runs.
template <class T, class... R>
T tuple_at(const std::tuple<T, R...>& t, i64 i) {
    constexpr i64 n = 1 + i64(sizeof...(R));
    if (i < 0) i += n;
    KRAIT_INDEX_CHECK(u64(i) < u64(n), "tuple index out of range");
    const std::array<T, n> items = std::apply([](const auto&... x) { return std::array<T, n>{T(x)...}; }, t);
    return items[i];
}

/// [a, b, c][i] of constant items (generated code): the item, without making the list.
template <class T, class... A>
T list_display_at(i64 i, const A&... items) {
    constexpr i64 n = i64(sizeof...(A));
    if (i < 0) i += n;
    KRAIT_INDEX_CHECK(u64(i) < u64(n), "list index out of range");
    const T arr[] = {T(items)...};
    return arr[i];
}

/// t.count(x) and t.index(x) of a fixed tuple (a variable one has them as members).
template <class... U, class X>
i64 tuple_count(const std::tuple<U...>& t, const X& x) {
    i64 c = 0;
    std::apply([&](const auto&... e) { ((c += py_eq(e, x) ? 1 : 0), ...); }, t);
    return c;
}
template <class T, class X>
i64 tuple_count(const vtuple<T>& t, const X& x) { return t.count(x); }
template <class... U, class X>
i64 tuple_index(const std::tuple<U...>& t, const X& x) {
    i64 i = 0, found = -1;
    std::apply([&](const auto&... e) { ((found < 0 && py_eq(e, x) ? void(found = i) : void(), ++i), ...); }, t);
    if (found < 0) raise_value_error("tuple.index(x): x not in tuple");
    return found;
}
template <class T, class X>
i64 tuple_index(const vtuple<T>& t, const X& x) { return t.index(x); }

/// tup * k for an int literal k: the fixed tuple k times over.
template <std::size_t K, class Tup>
auto tuple_repeat(const Tup& t) {
    if constexpr (K == 0) return std::tuple<>();
    else return std::tuple_cat(t, tuple_repeat<K - 1>(t));
}

/// f(a, *xs, b): the items from the first `*` argument of run-time length on,
/// gathered into one list; spread_items marks an argument whose items go in.
template <class C>
struct spread_items_t {
    const C& items;
};
template <class C>
spread_items_t<C> spread_items(const C& items) { return spread_items_t<C>{items}; }
namespace detail {
template <class E, class P>
void spread_into(list<E>* out, const P& part) {
    out->append(E(part));
}
template <class E, class C>
void spread_into(list<E>* out, const spread_items_t<C>& part) {
    if constexpr (is_tuple_v<C>) std::apply([out](const auto&... e) { (out->append(E(e)), ...); }, part.items);
    else if constexpr (std::is_pointer_v<C>) for (auto&& x : *part.items) out->append(E(x));  // a generator advances
    else for (const auto& x : iterable_ref(part.items)) out->append(E(x));
}
}  // namespace detail
template <class E, class... P>
list<E>* spread_list(const P&... parts) {
    list<E>* out = list<E>::make_empty();
    (detail::spread_into(out, parts), ...);
    return out;
}

/// The number of positional arguments f(*xs) passes, checked as CPython does:
/// `names` are the positional parameters, the first `required` without default.
void check_spread_args(const char* fn, i64 given, i64 required, bool varargs, std::initializer_list<const char*> names);

namespace detail {
template <class Row, class = void>
struct row_item {
    using type = Row;  // rows of an empty list that never has any: any type will do
    static constexpr bool iterable = false;
};
template <class Row>
struct row_item<Row, std::void_t<decltype(iterable_ref(std::declval<const Row&>()).begin())>> {
    using type = std::decay_t<decltype(*iterable_ref(std::declval<const Row&>()).begin())>;
    static constexpr bool iterable = true;
};
template <class... U>
struct row_item<std::tuple<U...>> {
    using type = std::decay_t<std::tuple_element_t<0, std::tuple<U..., i64>>>;
    static constexpr bool iterable = true;
};
}  // namespace detail

template <class C>
auto zip_star(const spread_t<C>& rows) { return zip_star(rows.items); }

/// max(*xs) / min(*xs) of an iterable of run-time length: its items are the arguments, so
/// two or more compare with each other, and one alone is itself the iterable (a str's
/// characters; a number is CPython's TypeError).
template <bool Max, class C>
auto extreme_star(const spread_t<C>& xs) {
    using E = std::decay_t<decltype(*iterable_ref(xs.items).begin())>;
    list<E>* items = spread_list<E>(spread_items(xs.items));
    const char* fn = Max ? "max" : "min";
    if (items->len() == 0)
        raise_type_error(str::from_utf8(std::string(fn) + " expected at least 1 argument, got 0"));
    if (items->len() == 1) {
        if constexpr (is_str_ptr_v<E>) {
            items = spread_list<E>(spread_items(items->at(0)));
            if (items->len() == 0)
                raise_value_error(str::from_utf8(std::string(fn) + "() arg is an empty sequence"));
        } else if constexpr (std::is_arithmetic_v<E>) {
            raise_type_error(str::from_utf8(std::string("'") + py_type_name<E>() + "' object is not iterable"));
        } else {
            raise_not_implemented("max(*xs) or min(*xs) of a single item that is not a str or a number");
        }
    }
    E best = items->at(0);
    for (i64 i = 1; i < items->len(); ++i)
        if (Max ? py_gt(items->at(i), best) : py_lt(items->at(i), best)) best = items->at(i);
    return best;
}
template <class C>
auto max_star(const spread_t<C>& xs) { return extreme_star<true>(xs); }
template <class C>
auto min_star(const spread_t<C>& xs) { return extreme_star<false>(xs); }

/// sep.join(t) of a fixed tuple of str (an empty one too).
template <class... S>
str* str_join_tuple(str* sep, const std::tuple<S...>& t) {
    return sep->join(spread_list<str*>(spread_items(t)));
}

inline str* str_join_tuple(str* sep, const vtuple<str*>& t) { return sep->join(t.items()); }

/// f(**d): parameter `name` from d, else its default.
template <class D, class T>
auto kwarg_or(D* d, str* name, const T& dflt) -> decltype(d->getitem(name)) {
    return d->contains(name) ? d->getitem(name) : dflt;
}
/// f(**d): a parameter without default that nothing else gave: d must have it.
template <class D>
auto kwarg_required(D* d, str* name, const char* fn, bool keyword_only) {
    if (!d->contains(name)) {
        std::string msg = std::string(fn) + "() missing 1 required " + (keyword_only ? "keyword-only" : "positional")
            + " argument: '";
        append_str(msg, name);
        raise_type_error(str::from_utf8(msg + "'"));
    }
    return d->getitem(name);
}
/// f(**d): CPython's TypeError for a key f has no parameter for (without **kwargs)
/// or one the call already gave.
template <class D>
void check_kwargs(const char* fn, D* d, std::initializer_list<const char*> accepted,
                  std::initializer_list<const char*> given, bool kwargs) {
    for (str* key : *d) {
        std::string k(key->data(), std::size_t(key->nbytes()));
        bool known = false;
        for (const char* g : given)
            if (k == g) raise_type_error(str::from_utf8(std::string(fn) + "() got multiple values for argument '" + k + "'"));
        for (const char* a : accepted) known |= k == a;
        if (!known && !kwargs)
            raise_type_error(str::from_utf8(std::string(fn) + "() got an unexpected keyword argument '" + k + "'"));
    }
}
/// f(**d) into **kwargs: the entries of d no parameter takes, after the call's own extra keywords.
template <class K, class V, class D>
dict<K, V>* kwargs_rest(dict<K, V>* out, D* d, std::initializer_list<const char*> accepted) {
    for (str* key : *d) {
        std::string k(key->data(), std::size_t(key->nbytes()));
        bool known = false;
        for (const char* a : accepted) known |= k == a;
        if (!known) out->setitem(key, d->getitem(key));
    }
    return out;
}

/// zip(*rows): tuples of the i-th items of every row, as long as the shortest row.
template <class C>
auto zip_star(const C& rows) {
    using Row = std::decay_t<decltype(*iterable_ref(rows).begin())>;
    using E = typename detail::row_item<Row>::type;
    auto* out = list<vtuple<E>>::make_empty();
    list<list<E>*>* cols = list<list<E>*>::make_empty();
    if constexpr (detail::row_item<Row>::iterable)
        for (const auto& row : iterable_ref(rows)) cols->append(spread_list<E>(spread_items(row)));
    if (cols->len() == 0) return out;
    i64 n = cols->at(0)->len();
    for (i64 c = 1; c < cols->len(); ++c)
        if (cols->at(c)->len() < n) n = cols->at(c)->len();
    for (i64 i = 0; i < n; ++i) {
        list<E>* t = list<E>::make_empty();
        t->reserve(cols->len());
        for (i64 c = 0; c < cols->len(); ++c) t->append(cols->at(c)->at(i));
        out->append(vtuple<E>(t));
    }
    return out;
}

}  // namespace krait
