// copy_module.h -- copy.copy and copy.deepcopy of values, lists, dicts, sets and tuples.
#pragma once

#include <tuple>
#include <type_traits>
#include <unordered_map>

#include "krait/dict.h"
#include "krait/exceptions.h"
#include "krait/list.h"
#include "krait/object.h"
#include "krait/ops.h"
#include "krait/set.h"

namespace krait {
/// What deepcopy has copied already: an object shared twice (or reached again through a cycle)
/// is copied once, as CPython's memo dict does.
struct CopyMemo : std::unordered_map<const void*, void*> {};
}  // namespace krait

namespace krait::copy_module {

/// copy.copy: a new container with the same elements; an immutable value is itself; an object a
/// new one with the same attributes.
template <class T>
T copy(T x) {
    if constexpr (std::is_pointer_v<T> && std::is_base_of_v<Object, std::remove_pointer_t<T>>) {
        return x ? static_cast<T>(x->copy_()) : x;
    } else {
        if constexpr (std::is_pointer_v<T> && !std::is_same_v<T, str*>) {
            if (x) raise_type_error(str::from_cstr("copy.copy() of this library object is not supported by Krait"));
        }
        return x;
    }
}
template <class T>
list<T>* copy(list<T>* x) {
    return x ? x->copy() : x;
}
template <class K, class V>
dict<K, V>* copy(dict<K, V>* x) {
    return x ? x->copy() : x;
}
template <class T>
set<T>* copy(set<T>* x) {
    return x ? x->copy() : x;
}

using Memo = CopyMemo;

template <class T>
T deep(T x, Memo& memo);
template <class T>
list<T>* deep(list<T>* x, Memo& memo);
template <class K, class V>
dict<K, V>* deep(dict<K, V>* x, Memo& memo);
template <class T>
set<T>* deep(set<T>* x, Memo& memo);
template <class... T>
tuple<T...> deep(const tuple<T...>& x, Memo& memo);

template <class T>
T deep(T x, Memo& memo) {
    if constexpr (std::is_pointer_v<T> && std::is_base_of_v<Object, std::remove_pointer_t<T>>) {
        if (!x) return x;
        auto found = memo.find(static_cast<const Object*>(x));
        if (found != memo.end()) return static_cast<T>(static_cast<Object*>(found->second));
        return static_cast<T>(x->deepcopy_(memo));
    } else {
        if constexpr (std::is_pointer_v<T> && !std::is_same_v<T, str*>) {
            if (x) raise_type_error(str::from_cstr("copy.deepcopy() of this library object is not supported by Krait"));
        }
        return x;
    }
}

/// A generated class's copy_: the same class, its attributes copied as they are.
template <class C>
Object* shallow_object(const C* self) {
    return gc_new<C>(*self);
}

/// A generated class's deepcopy_: recorded before the attributes are copied, so cycles end here.
template <class C>
Object* deep_object(const C* self, CopyMemo& memo) {
    C* r = gc_new<C>(*self);
    memo[static_cast<const Object*>(self)] = static_cast<Object*>(r);
    r->deep_fields_(memo);
    return r;
}

/// A generated class's deep_fields_: each attribute replaced by its deep copy (after the base's).
template <class... F>
int deep_fields(CopyMemo& memo, int base, F&... fields) {
    ((fields = deep(fields, memo)), ...);
    return base;
}

template <class T>
list<T>* deep(list<T>* x, Memo& memo) {
    if (!x) return x;
    auto found = memo.find(x);
    if (found != memo.end()) return static_cast<list<T>*>(found->second);
    list<T>* r = list<T>::make_empty();
    memo[x] = r;
    for (const auto& e : *x) r->append(deep(e, memo));
    return r;
}

template <class K, class V>
dict<K, V>* deep(dict<K, V>* x, Memo& memo) {
    if (!x) return x;
    auto found = memo.find(x);
    if (found != memo.end()) return static_cast<dict<K, V>*>(found->second);
    dict<K, V>* r = dict<K, V>::make_empty();
    memo[x] = r;
    for (const auto& k : *x) r->setitem(deep(k, memo), deep(x->getitem(k), memo));
    return r;
}

template <class T>
set<T>* deep(set<T>* x, Memo& memo) {
    if (!x) return x;
    auto found = memo.find(x);
    if (found != memo.end()) return static_cast<set<T>*>(found->second);
    set<T>* r = set<T>::make_empty();
    memo[x] = r;
    for (const auto& e : *x) r->add(deep(e, memo));
    return r;
}

template <class... T>
tuple<T...> deep(const tuple<T...>& x, Memo& memo) {
    return std::apply([&memo](const auto&... e) { return tuple<T...>(deep(e, memo)...); }, x);
}

/// copy.deepcopy: containers copied all the way down, sharing kept as it was.
template <class T>
T deepcopy(T x) {
    Memo memo;
    return deep(x, memo);
}

}  // namespace krait::copy_module
