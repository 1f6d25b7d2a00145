// iterables.h -- the builtins that make or consume sequences for generated code:
// enumerate, zip, reversed, list()/set()/dict()/tuple() conversions, and the
// unpacking length check. Results are materialized lists (the generator turns
// the common loop forms into plain loops where it can).
#pragma once

#include "krait/builtins.h"
#include "krait/dict.h"
#include "krait/exceptions.h"
#include "krait/list.h"
#include "krait/set.h"
#include "krait/str.h"

#include <string>
#include <string_view>
#include <vector>

namespace krait {

/// a, b = seq: CPython's messages when the lengths differ.
inline void check_unpack(i64 have, i64 want) {
    if (KRAIT_LIKELY(have == want)) return;
    std::string msg = have < want
        ? "not enough values to unpack (expected " + std::to_string(want) + ", got " + std::to_string(have) + ")"
        : "too many values to unpack (expected " + std::to_string(want) + ")";
    raise_value_error(str::from_utf8(msg));
}

namespace detail {
template <class C>
using elem_t = std::decay_t<decltype(*std::declval<C&>().begin())>;
}

/// The items of any iterable container (list, set, dict keys, str characters), in order.
template <class C>
list<detail::elem_t<C>>* list_of(C* items) {
    auto* out = list<detail::elem_t<C>>::make_empty();
    for (auto&& x : *items) out->append(x);
    return out;
}
inline list<i64>* list_of(const range& r) {
    auto* out = list<i64>::make_empty();
    for (i64 x : r) out->append(x);
    return out;
}
template <class T>
list<T>* list_new() { return list<T>::make_empty(); }

template <class C>
set<detail::elem_t<C>>* set_of(C* items) {
    auto* out = set<detail::elem_t<C>>::make_empty();
    for (auto&& x : *items) out->add(x);
    return out;
}

template <class T>
set<T>* frozenset_new() { return set<T>::make_frozen(); }
template <class C>
set<detail::elem_t<C>>* frozenset_of(C* items) {
    if constexpr (is_set_ptr_v<C*>) return set<detail::elem_t<C>>::frozen_from(items);
    else return set<detail::elem_t<C>>::frozen_from(*items);
}
inline set<i64>* frozenset_of(const range& r) { return set<i64>::frozen_from(r); }

/// s.union(*others), s.intersection(*others), s.difference(*others), s.update(*others) and the
/// other set methods of any iterables, as CPython's set_*_multi: a frozenset's results are frozen.
template <class T, class... Its>
set<T>* set_union_of(set<T>* s, const Its&... others) {
    set<T>* r = s->copy();
    (r->absorb(others), ...);
    return r;
}
template <class T, class... Its>
set<T>* set_intersection_of(set<T>* s, const Its&... others) {
    set<T>* r = s;
    if constexpr (sizeof...(Its) == 0) return s->copy();
    else ((r = r->intersection_of(others)), ...);
    return r;
}
template <class T, class It, class... Its>
set<T>* set_difference_of(set<T>* s, const It& first, const Its&... others) {
    set<T>* r = s->difference_of(first);
    (r->discard_all(others), ...);
    return r;
}
template <class T, class... Its>
void set_update_of(set<T>* s, const Its&... others) {
    if (s->frozen()) raise_frozenset_attribute("update");
    (s->absorb(others), ...);
}
template <class T, class... Its>
void set_difference_update_of(set<T>* s, const Its&... others) {
    if (s->frozen()) raise_frozenset_attribute("difference_update");
    (s->discard_all(others), ...);
}
template <class T, class... Its>
void set_intersection_update_of(set<T>* s, const Its&... others) {
    if (s->frozen()) raise_frozenset_attribute("intersection_update");
    s->replace_contents(set_intersection_of(s, others...));
}
template <class T, class It>
set<T>* set_symmetric_difference_of(set<T>* s, const It& other) {
    if constexpr (is_set_ptr_v<It>) {
        return s->symmetric_difference(other);
    } else {
        set<T>* r = set<T>::from(other);
        r->symmetric_difference_update_impl(s);
        return r->with_frozen(s->frozen());
    }
}
template <class T, class It>
void set_symmetric_difference_update_of(set<T>* s, const It& other) {
    s->symmetric_difference_update(set<T>::from(other));
}
template <class T, class It>
bool set_issubset_of(set<T>* s, const It& other) { return s->issubset(set<T>::from(other)); }
template <class T, class It>
bool set_issuperset_of(set<T>* s, const It& other) {
    for (const auto& x : iterable_ref(other))
        if (!s->contains(x)) return false;
    return true;
}
template <class T, class It>
bool set_isdisjoint_of(set<T>* s, const It& other) {
    for (const auto& x : iterable_ref(other))
        if (s->contains(x)) return false;
    return true;
}

/// fmt % mapping: each %(key)s field takes mapping[key] (KeyError when missing); a format with
/// no %(key) fields formats the mapping itself as its one argument.
template <class K, class V>
str* str_percent_map(str* fmt, dict<K, V>* d) {
    std::string_view text(fmt->data(), std::size_t(fmt->nbytes()));
    if (text.find("%(") == std::string_view::npos) return str_percent(fmt, d);
    std::string plain;
    std::vector<FormatArg> args;
    for (std::size_t i = 0; i < text.size(); ++i) {
        plain += text[i];
        if (text[i] != '%') continue;
        if (i + 1 < text.size() && text[i + 1] == '%') {
            plain += '%';
            ++i;
            continue;
        }
        if (i + 1 >= text.size() || text[i + 1] != '(') raise_type_error(str::from_cstr("format requires a mapping"));
        std::size_t close = text.find(')', i + 2);
        if (close == std::string_view::npos) raise_value_error("incomplete format key");
        str* key = str::from_utf8(text.substr(i + 2, close - i - 2));
        if constexpr (std::is_same_v<K, str*>) {
            args.push_back(format_arg(d->getitem(key)));
        } else {
            raise_key_error(repr_of(key));
        }
        i = close;
    }
    args.push_back(FormatArg{});
    return percent_format(str::from_utf8(plain), args.data(), args.size() - 1);
}

/// d.update(k=v, ...): str keys.
template <class V, class... A>
void dict_update_kw(dict<str*, V>* d, const named_arg<A>&... a) {
    (d->setitem(str::from_cstr(a.name), V(a.value)), ...);
}

/// {**other} inside a dict display: other's entries, converted to this dict's key and value types.
template <class K, class V, class K2, class V2>
void dict_merge_into(dict<K, V>* d, const dict<K2, V2>* other) {
    auto* entries = other->items();
    for (i64 i = 0; i < entries->len(); ++i) {
        const auto& kv = entries->at(i);
        d->setitem(K(std::get<0>(kv)), V(std::get<1>(kv)));
    }
}

/// dict(pairs) from a list of 2-tuples.
template <class K, class V>
dict<K, V>* dict_of(const list<tuple<K, V>>* pairs) {
    auto* out = dict<K, V>::make_empty();
    for (auto&& kv : *pairs) out->setitem(std::get<0>(kv), std::get<1>(kv));
    return out;
}
/// dict(mapping): a plain dict copy (also of a defaultdict, Counter or OrderedDict)
template <class K, class V>
dict<K, V>* dict_of(const dict<K, V>* d) {
    return d->dict<K, V>::copy();
}

/// dict.fromkeys(xs[, value]): each key once, in first-seen order, all with the same value.
template <class C, class V = NoneType>
dict<detail::elem_t<C>, V>* dict_fromkeys(C* keys, V value = V{}) {
    auto* out = dict<detail::elem_t<C>, V>::make_empty();
    for (auto&& k : *keys) out->setitem(k, value);
    return out;
}
template <class V = NoneType>
dict<i64, V>* dict_fromkeys(const range& keys, V value = V{}) {
    auto* out = dict<i64, V>::make_empty();
    for (i64 k : keys) out->setitem(k, value);
    return out;
}

/// enumerate(xs, start)
template <class C>
list<tuple<i64, detail::elem_t<C>>>* enumerate_of(C* items, i64 start = 0) {
    auto* out = list<tuple<i64, detail::elem_t<C>>>::make_empty();
    i64 i = start;
    for (auto&& x : *items) out->append(tuple<i64, detail::elem_t<C>>(i++, x));
    return out;
}

/// zip(a, b) and zip(a, b, c): stops at the shortest.
template <class A, class B>
list<tuple<detail::elem_t<A>, detail::elem_t<B>>>* zip_of(A* a, B* b) {
    auto* out = list<tuple<detail::elem_t<A>, detail::elem_t<B>>>::make_empty();
    auto ib = b->begin();
    auto eb = b->end();
    for (auto&& x : *a) {
        if (!(ib != eb)) break;
        out->append(tuple<detail::elem_t<A>, detail::elem_t<B>>(x, *ib));
        ++ib;
    }
    return out;
}
template <class A, class B, class C>
list<tuple<detail::elem_t<A>, detail::elem_t<B>, detail::elem_t<C>>>* zip_of(A* a, B* b, C* c) {
    auto* out = list<tuple<detail::elem_t<A>, detail::elem_t<B>, detail::elem_t<C>>>::make_empty();
    auto ib = b->begin();
    auto ic = c->begin();
    for (auto&& x : *a) {
        if (!(ib != b->end()) || !(ic != c->end())) break;
        out->append(tuple<detail::elem_t<A>, detail::elem_t<B>, detail::elem_t<C>>(x, *ib, *ic));
        ++ib;
        ++ic;
    }
    return out;
}

/// zip() with a range argument: the range's items as a list first.
template <class B>
auto zip_of(const range& a, B* b) { return zip_of(list_of(a), b); }
template <class A>
auto zip_of(A* a, const range& b) { return zip_of(a, list_of(b)); }
inline auto zip_of(const range& a, const range& b) { return zip_of(list_of(a), list_of(b)); }

/// reversed(seq) as a new list.
template <class C>
list<detail::elem_t<C>>* reversed_of(C* items) {
    auto* out = list_of(items);
    out->reverse();
    return out;
}

}  // namespace krait

namespace krait {

/// reversed(range(...)) as a list.
inline list<i64>* reversed_of(const range& r) {
    auto* out = list_of(r);
    out->reverse();
    return out;
}

/// sorted() of any iterable container (set, dict keys, str).
template <class C>
list<detail::elem_t<C>>* sorted_of(C* items, bool reverse = false) {
    auto* out = list_of(items);
    out->sort(reverse);
    return out;
}

/// sum() of a container of numbers, with Python's start value.
template <class C, class S>
S sum_from(C* items, S start) {
    S total = start;
    for (auto&& x : *items) {
        if constexpr (std::is_same_v<S, i64>) total = int_add(total, i64(x));
        else total = total + x;
    }
    return total;
}
/// sum() of a list holding ints and floats, from an int start: a number, an int while all are ints.
template <class C>
number sum_numbers(C* items, i64 start) {
    number total(start);
    for (auto&& x : *items) total = num_add(total, x);
    return total;
}
/// sum(xs) of complex numbers: CPython starts from the int 0, made complex(0.0, 0.0).
template <class C>
complex complex_sum(C* items) { return sum_from(items, complex(0.0, 0.0)); }

}  // namespace krait

namespace krait {

/// min(xs, key=f) / max(xs, key=f): the first of equal candidates wins, as in CPython.
template <class T, class Key>
T min_by(const list<T>* l, Key key) {
    if (KRAIT_UNLIKELY(l->len() == 0)) raise_value_error("min() arg is an empty sequence");
    T best = l->at(0);
    auto best_key = key(best);
    for (i64 i = 1; i < l->len(); ++i) {
        auto k = key(l->at(i));
        if (py_lt(k, best_key)) {
            best = l->at(i);
            best_key = k;
        }
    }
    return best;
}
template <class T, class Key>
T max_by(const list<T>* l, Key key) {
    if (KRAIT_UNLIKELY(l->len() == 0)) raise_value_error("max() arg is an empty sequence");
    T best = l->at(0);
    auto best_key = key(best);
    for (i64 i = 1; i < l->len(); ++i) {
        auto k = key(l->at(i));
        if (py_gt(k, best_key)) {
            best = l->at(i);
            best_key = k;
        }
    }
    return best;
}

/// map(f, xs) as a list.
template <class F, class C>
auto map_of(F f, C* items) {
    using R = std::decay_t<decltype(f(*items->begin()))>;
    auto* out = list<R>::make_empty();
    for (auto&& x : *items) out->append(f(x));
    return out;
}

/// filter(f, xs) as a list.
template <class F, class C>
list<detail::elem_t<C>>* filter_of(F f, C* items) {
    auto* out = list<detail::elem_t<C>>::make_empty();
    for (auto&& x : *items) {
        if (truthy(f(x))) out->append(x);
    }
    return out;
}

}  // namespace krait

namespace krait {

// range(...) is a value, not a heap object: the same builtins over it.
template <class F>
auto map_of(F f, const range& r) {
    using R = std::decay_t<decltype(f(i64{}))>;
    auto* out = list<R>::make_empty();
    for (i64 x : r) out->append(f(x));
    return out;
}
template <class F>
list<i64>* filter_of(F f, const range& r) {
    auto* out = list<i64>::make_empty();
    for (i64 x : r) {
        if (truthy(f(x))) out->append(x);
    }
    return out;
}
inline list<tuple<i64, i64>>* enumerate_of(const range& r, i64 start = 0) {
    auto* out = list<tuple<i64, i64>>::make_empty();
    i64 i = start;
    for (i64 x : r) out->append(tuple<i64, i64>(i++, x));
    return out;
}
inline set<i64>* set_of(const range& r) {
    auto* out = set<i64>::make_empty();
    for (i64 x : r) out->add(x);
    return out;
}
inline list<i64>* sorted_of(const range& r, bool reverse = false) {
    auto* out = list_of(r);
    out->sort(reverse);
    return out;
}

}  // namespace krait

#include "krait/generator.h"

namespace krait {

/// sorted(xs, key=f, reverse=r) of any iterable.
template <class C, class Key>
auto sorted_iter_by(C* items, Key key, bool reverse) { return sorted_by(list_of(items), key, reverse); }
template <class Key>
list<i64>* sorted_iter_by(const range& r, Key key, bool reverse) { return sorted_by(list_of(r), key, reverse); }

/// sep.join(xs) for any iterable of str (a set, dict keys, a generator...).
template <class C>
str* str_join_of(str* sep, C* items) { return sep->join(list_of(items)); }

/// iter(xs): an iterator over a container (a generator walking it); iter() of a generator is itself.
template <class T, class S>
generator<T, S>* iter_of(generator<T, S>* g) { return g; }
template <class C>
generator<detail::elem_t<C>>* iter_of(C* items) {
    using T = detail::elem_t<C>;
    return make_generator<T>("iterator", [items](yielder<T>& y) {
        for (auto&& x : *items) y.yield(x);
    });
}
inline generator<i64>* iter_of(const range& r) {
    return make_generator<i64>("iterator", [r](yielder<i64>& y) {
        for (i64 x : r) y.yield(x);
    });
}

/// next(g) / next(g, default) on a generator.
template <class T, class S>
T next_of(generator<T, S>* g) { return g->next(); }
template <class T, class S, class D>
T next_of(generator<T, S>* g, const D& dflt) { return g->next(T(dflt)); }

}  // namespace krait

namespace krait {

/// set() and dict() with no arguments.
template <class T>
set<T>* set_new() { return set<T>::make_empty(); }
template <class K, class V>
dict<K, V>* dict_new() { return dict<K, V>::make_empty(); }

}  // namespace krait

namespace krait {

/// a, *rest = seq: at least `want` items, or CPython's message.
inline void check_unpack_at_least(i64 have, i64 want) {
    if (KRAIT_LIKELY(have >= want)) return;
    std::string msg = "not enough values to unpack (expected at least " + std::to_string(want) + ", got "
        + std::to_string(have) + ")";
    raise_value_error(str::from_utf8(msg));
}

}  // namespace krait

namespace krait {

/// x in (a, b, c): Python == against each item.
template <class Tuple, class X>
bool tuple_contains(const Tuple& t, const X& x) {
    return std::apply([&](const auto&... items) { return (py_eq(x, items) || ...); }, t);
}

}  // namespace krait

namespace krait {

/// min()/max() of any iterable (set, dict keys, str, generator, range), with or without key=:
/// materialized first, then the list versions decide (the first of equal candidates wins).
template <class C>
auto min_iter(C* items) { return min_of(list_of(items)); }
template <class C>
auto max_iter(C* items) { return max_of(list_of(items)); }
inline i64 min_iter(const range& r) { return min_of(list_of(r)); }
inline i64 max_iter(const range& r) { return max_of(list_of(r)); }
template <class C, class Key>
auto min_iter_by(C* items, Key key) { return min_by(list_of(items), key); }
template <class C, class Key>
auto max_iter_by(C* items, Key key) { return max_by(list_of(items), key); }
template <class Key>
i64 min_iter_by(const range& r, Key key) { return min_by(list_of(r), key); }
template <class Key>
i64 max_iter_by(const range& r, Key key) { return max_by(list_of(r), key); }

/// The elements of a tuple whose positions share one type, as a list.
template <class T, class... R>
list<T>* list_of_tuple(const tuple<T, R...>& t) {
    auto* out = list<T>::make_empty();
    std::apply([out](const auto&... x) { (out->append(T(x)), ...); }, t);
    return out;
}
/// list(()) of an empty tuple (f(*args) called with none): the element type comes from where
/// the list goes, so the empty list converts to any list type.
struct empty_list_of_tuple {
    template <class T>
    operator list<T>*() const { return list<T>::make_empty(); }
};
inline empty_list_of_tuple list_of_tuple(const tuple<>&) { return {}; }
/// l.extend(t) of a fixed tuple whose positions share one type.
template <class L, class... S>
void list_extend_tuple(list<L>* l, const tuple<S...>& t) {
    std::apply([l](const auto&... x) { (l->append(L(x)), ...); }, t);
}
struct empty_set_of_tuple {
    template <class T>
    operator set<T>*() const { return set<T>::make_empty(); }
};
template <class T, class... R>
set<T>* set_of_tuple(const tuple<T, R...>& t) {
    auto* out = set<T>::make_empty();
    std::apply([out](const auto&... x) { (out->add(T(x)), ...); }, t);
    return out;
}
inline empty_set_of_tuple set_of_tuple(const tuple<>&) { return {}; }
template <class S>
S sum_from(const range& r, S start) {
    S total = start;
    for (i64 x : r) {
        if constexpr (std::is_same_v<S, i64>) total = int_add(total, x);
        else total = total + S(x);
    }
    return total;
}

/// map(f, xs, ys): f over pairs, as long as the shorter lasts.
template <class F, class A, class B>
auto map2_of(F f, const A& xs, const B& ys) {
    auto* a = list_of(xs);
    auto* b = list_of(ys);
    using R = std::decay_t<decltype(f(a->at(0), b->at(0)))>;
    auto* out = list<R>::make_empty();
    for (i64 i = 0; i < a->len() && i < b->len(); ++i) out->append(f(a->at(i), b->at(i)));
    return out;
}

/// filter(None, xs): the true items.
template <class N, class C>
auto filter_truthy(const N&, const C& xs) {
    auto* items = list_of(xs);
    auto* out = list<typename std::decay_t<decltype(*items)>::value_type>::make_empty();
    for (i64 i = 0; i < items->len(); ++i)
        if (truthy(items->at(i))) out->append(items->at(i));
    return out;
}

/// zip() with ranges among its arguments: the range's items as a list.
template <class B, class C>
auto zip_of(const range& a, B* b, C* c) { return zip_of(list_of(a), b, c); }
template <class A, class C>
auto zip_of(A* a, const range& b, C* c) { return zip_of(a, list_of(b), c); }
template <class A, class B>
auto zip_of(A* a, B* b, const range& c) { return zip_of(a, b, list_of(c)); }

/// len(r), r[i] and x in r for a range value.
inline i64 len(const range& r) { return r.len(); }
inline i64 range_getitem(const range& r, i64 i) { return r.getitem(i); }
inline bool range_contains(const range& r, i64 x) { return r.contains(x); }

/// sum(lists, start): start + xs[0] + xs[1] + ..., a new list.
template <class T, class U>
list<T>* sum_lists(const list<list<U>*>* xs, const list<T>* start) {
    auto* out = list<T>::make_empty();
    for (i64 i = 0; i < start->len(); ++i) out->append(start->at(i));
    for (i64 j = 0; j < xs->len(); ++j) {
        const list<U>* x = xs->at(j);
        for (i64 i = 0; i < x->len(); ++i) out->append(T(x->at(i)));
    }
    return out;
}

/// min(xs, default=d) / max(xs, default=d): d when xs is empty.
template <class C, class D>
auto min_or(const C& xs, const D& dflt) {
    auto* items = list_of(xs);
    using T = typename std::decay_t<decltype(*items)>::value_type;
    return items->len() == 0 ? T(dflt) : min_of(items);
}
template <class C, class D>
auto max_or(const C& xs, const D& dflt) {
    auto* items = list_of(xs);
    using T = typename std::decay_t<decltype(*items)>::value_type;
    return items->len() == 0 ? T(dflt) : max_of(items);
}

/// None as the type T | None is (a null pointer, an empty optional), and a T as that type.
template <class T>
auto none_as_maybe() {
    if constexpr (std::is_pointer_v<T> || is_optional_v<T>) return T();
    else return optional<T>();
}
template <class T>
auto as_maybe(const T& v) {
    if constexpr (std::is_pointer_v<T> || is_optional_v<T>) return v;
    else return optional<T>(v);
}

/// min(xs, default=None) / max(xs, default=None): None when xs is empty.
template <class C>
auto min_or_none(const C& xs, NoneType) {
    auto* items = list_of(xs);
    using T = typename std::decay_t<decltype(*items)>::value_type;
    return items->len() == 0 ? none_as_maybe<T>() : as_maybe<T>(min_of(items));
}
template <class C>
auto max_or_none(const C& xs, NoneType) {
    auto* items = list_of(xs);
    using T = typename std::decay_t<decltype(*items)>::value_type;
    return items->len() == 0 ? none_as_maybe<T>() : as_maybe<T>(max_of(items));
}
/// min(xs, key=f, default=d) / max(...): d when xs is empty.
template <class C, class Key, class D>
auto min_by_or(const C& xs, Key key, const D& dflt) {
    auto* items = list_of(xs);
    using T = typename std::decay_t<decltype(*items)>::value_type;
    return items->len() == 0 ? T(dflt) : min_by(items, key);
}
template <class C, class Key, class D>
auto max_by_or(const C& xs, Key key, const D& dflt) {
    auto* items = list_of(xs);
    using T = typename std::decay_t<decltype(*items)>::value_type;
    return items->len() == 0 ? T(dflt) : max_by(items, key);
}
template <class C, class Key>
auto min_by_or_none(const C& xs, Key key, NoneType) {
    auto* items = list_of(xs);
    using T = typename std::decay_t<decltype(*items)>::value_type;
    return items->len() == 0 ? none_as_maybe<T>() : as_maybe<T>(min_by(items, key));
}
template <class C, class Key>
auto max_by_or_none(const C& xs, Key key, NoneType) {
    auto* items = list_of(xs);
    using T = typename std::decay_t<decltype(*items)>::value_type;
    return items->len() == 0 ? none_as_maybe<T>() : as_maybe<T>(max_by(items, key));
}
/// next(it, None): the next item, or None once the iterator is exhausted.
template <class G>
auto next_or_none(G* g, NoneType) {
    using T = std::decay_t<decltype(g->next())>;
    T v{};
    return g->next(v) ? as_maybe<T>(v) : none_as_maybe<T>();
}
namespace detail {
template <bool Max, class T, class Key, class... R>
T extreme_key(const T& a, const T& b, Key key, const R&... rest) {
    T items[] = {a, b, T(rest)...};
    T best = a;
    auto best_key = key(best);
    for (std::size_t i = 1; i < 2 + sizeof...(R); ++i) {
        auto k = key(items[i]);
        if (Max ? py_gt(k, best_key) : py_lt(k, best_key)) {
            best = items[i];
            best_key = k;
        }
    }
    return best;
}
}  // namespace detail
/// min(a, b, ..., key=f) / max(a, b, ..., key=f) (generated code passes the key third); the first
/// of equal keys wins, as in CPython.
template <class T, class Key, class... R>
T py_min_key(const T& a, const T& b, Key key, const R&... rest) { return detail::extreme_key<false>(a, b, key, rest...); }
template <class T, class Key, class... R>
T py_max_key(const T& a, const T& b, Key key, const R&... rest) { return detail::extreme_key<true>(a, b, key, rest...); }

/// sum() of a tuple of numbers, with Python's start value.
template <class S, class... T>
S sum_tuple(const tuple<T...>& t, S start) {
    S total = start;
    std::apply([&total](const auto&... x) {
        ((total = std::is_same_v<S, i64> ? S(int_add(i64(total), i64(x))) : S(total + x)), ...);
    }, t);
    return total;
}
/// sum(t) passed as a function (map(sum, pairs)): the default start.
template <class... T>
auto sum_tuple(const tuple<T...>& t) {
    using S = std::conditional_t<(std::is_same_v<T, double> || ...), double, i64>;
    return sum_tuple(t, S(0));
}
template <class... S>
auto sorted_tuple(const tuple<S...>& t, bool reverse) {
    auto* out = list_of_tuple(t);
    out->sort(reverse);
    return out;
}
template <class... S>
auto reversed_tuple(const tuple<S...>& t) {
    auto* out = list_of_tuple(t);
    out->reverse();
    return out;
}
template <class... S>
auto min_tuple(const tuple<S...>& t) { return min_of(list_of_tuple(t)); }
template <class... S>
auto max_tuple(const tuple<S...>& t) { return max_of(list_of_tuple(t)); }
template <class Key, class... S>
auto min_tuple_by(const tuple<S...>& t, Key key) { return min_by(list_of_tuple(t), key); }
template <class Key, class... S>
auto max_tuple_by(const tuple<S...>& t, Key key) { return max_by(list_of_tuple(t), key); }

}  // namespace krait
