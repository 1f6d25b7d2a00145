// dict_views.h -- dict.keys(), dict.values() and dict.items(): live views of a dict (model:
// models/_dictviews.py). A view holds only its dict, so it sees later insertions and deletions
// as CPython's do; it iterates the dict's entries in place, prints as dict_keys([...]), and the
// keys and items views support the set operators (&, |, -, ^ give a new set) and isdisjoint.
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <type_traits>

#include "krait/dict.h"
#include "krait/gc.h"
#include "krait/ops.h"
#include "krait/set.h"

namespace krait {

struct keys_view_kind {};
struct values_view_kind {};
struct items_view_kind {};

namespace detail {
/// The shared part of the three views: which entries, their Python name, how each prints.
template <class K, class V, class Get, class Kind, class T>
class dict_view {
public:
    using krait_kind = Kind;
    using value_type = T;

    /// {@code name}: how it prints (an OrderedDict's views are odict_keys...).
    dict_view(dict<K, V>* d, const char* name) : d_(d), name_(name) {}
    i64 len() const { return d_->len(); }
    auto begin() const { return typename dict<K, V>::template view<Get>{d_}.begin(); }
    auto end() const { return typename dict<K, V>::template view<Get>{d_}.end(); }

protected:
    void repr_items(std::string& out) const {
        out += name_;
        out += "([";
        bool first = true;
        for (const T& x : *this) {
            if (!first) out += ", ";
            first = false;
            append_repr(out, x);
        }
        out += "])";
    }
    template <class It>
    set<T>* to_set(const It& items) const {
        set<T>* s = set<T>::make_empty();
        for (const auto& x : items) s->add(x);
        return s;
    }

    dict<K, V>* d_;
    const char* name_;
};
}  // namespace detail


template <class P, class = void>
struct is_set_like_view : std::false_type {};
template <class P>
struct is_set_like_view<P, std::void_t<typename P::krait_set_like>> : std::true_type {};
template <class P>
inline constexpr bool is_set_like_view_v = is_set_like_view<P>::value;

/// Shared by dict_keys and dict_items: a view whose elements are unique behaves as a set.
template <class Self, class T>
struct set_like_view {
    using krait_set_like = void;
    template <class It>
    set<T>* and_(const It& other) const {
        const Self& self = static_cast<const Self&>(*this);
        set<T>* out = set<T>::make_empty();
        for (const auto& x : iterable_ref(other)) {
            auto t = detail::as_element<T>(x);
            if (t && self.contains(*t)) out->add(*t);
        }
        return out;
    }
    template <class It>
    set<T>* or_(const It& other) const {
        set<T>* out = all();
        for (const auto& x : iterable_ref(other)) {
            if (auto t = detail::as_element<T>(x)) out->add(*t);
        }
        return out;
    }
    template <class It>
    set<T>* sub_(const It& other) const {
        set<T>* out = all();
        for (const auto& x : iterable_ref(other)) {
            if (auto t = detail::as_element<T>(x)) out->discard(*t);
        }
        return out;
    }
    template <class It>
    set<T>* xor_(const It& other) const {
        const Self& self = static_cast<const Self&>(*this);
        set<T>* out = all();
        set<T>* seen = set<T>::make_empty();
        for (const auto& x : iterable_ref(other)) {
            auto t = detail::as_element<T>(x);
            if (!t || seen->contains(*t)) continue;
            seen->add(*t);
            if (self.contains(*t)) out->discard(*t);
            else out->add(*t);
        }
        return out;
    }
    template <class It>
    bool isdisjoint(const It& other) const {
        const Self& self = static_cast<const Self&>(*this);
        for (const auto& x : iterable_ref(other)) {
            auto t = detail::as_element<T>(x);
            if (t && self.contains(*t)) return false;
        }
        return true;
    }
    /// view == other: as sets when other is a set, a frozenset or a keys or items view; False for
    /// anything else (a list, say), as CPython's view comparison returns NotImplemented there.
    template <class O>
    bool eq_any(const O& other) const {
        const Self& self = static_cast<const Self&>(*this);
        if constexpr (std::is_pointer_v<O>) {
            using P = std::remove_cv_t<std::remove_pointer_t<O>>;
            if constexpr (is_set_ptr_v<O> || is_set_like_view_v<P>) {
                if (other == nullptr || self.len() != other->len()) return false;
                for (const T& x : self) {
                    if (!contains_in(other, x)) return false;
                }
                return true;
            }
        }
        return false;
    }

private:
    template <class P>
    static bool contains_in(const P* other, const T& x) {
        if constexpr (std::is_same_v<typename P::value_type, T>) {
            return other->contains(x);
        } else {
            // elements of another C++ type may still be equal (1 == 1.0): compare one by one
            for (const auto& y : *other) {
                if (py_eq(x, y)) return true;
            }
            return false;
        }
    }
    set<T>* all() const {
        set<T>* out = set<T>::make_empty();
        for (const T& x : static_cast<const Self&>(*this)) out->add(x);
        return out;
    }
};

template <class K, class V>
class dict_keys final : public detail::dict_view<K, V, typename dict<K, V>::get_key, keys_view_kind, K>,
                        public set_like_view<dict_keys<K, V>, K> {
public:
    static const char* py_type_name() { return "dict_keys"; }
    using detail::dict_view<K, V, typename dict<K, V>::get_key, keys_view_kind, K>::dict_view;
    static dict_keys* of(dict<K, V>* d, const char* name = "dict_keys") { return gc_new<dict_keys>(d, name); }
    bool contains(const K& k) const { return this->d_->contains(k); }
    void repr_into(std::string& out) const { this->repr_items(out); }
    bool eq(const dict_keys* o) const { return this->len() == o->len() && this->subset_of(o); }

private:
    bool subset_of(const dict_keys* o) const {
        for (const K& k : *this) {
            if (!o->contains(k)) return false;
        }
        return true;
    }
};

template <class K, class V>
class dict_values final : public detail::dict_view<K, V, typename dict<K, V>::get_value, values_view_kind, V> {
public:
    static const char* py_type_name() { return "dict_values"; }
    using detail::dict_view<K, V, typename dict<K, V>::get_value, values_view_kind, V>::dict_view;
    static dict_values* of(dict<K, V>* d, const char* name = "dict_values") { return gc_new<dict_values>(d, name); }
    bool contains(const V& v) const {
        for (const V& x : *this) {
            if (py_eq(x, v)) return true;
        }
        return false;
    }
    void repr_into(std::string& out) const { this->repr_items(out); }
    /// values views compare by identity in CPython: two views are equal only if they are one object.
    bool eq(const dict_values* o) const { return this == o; }
};

template <class K, class V>
class dict_items final
    : public detail::dict_view<K, V, typename dict<K, V>::get_item, items_view_kind, tuple<K, V>>,
      public set_like_view<dict_items<K, V>, tuple<K, V>> {
public:
    static const char* py_type_name() { return "dict_items"; }
    using detail::dict_view<K, V, typename dict<K, V>::get_item, items_view_kind, tuple<K, V>>::dict_view;
    static dict_items* of(dict<K, V>* d, const char* name = "dict_items") { return gc_new<dict_items>(d, name); }
    bool contains(const tuple<K, V>& kv) const {
        return this->d_->contains(std::get<0>(kv)) && py_eq(this->d_->getitem(std::get<0>(kv)), std::get<1>(kv));
    }
    void repr_into(std::string& out) const { this->repr_items(out); }
    bool eq(const dict_items* o) const {
        if (this->len() != o->len()) return false;
        for (const auto& kv : *this) {
            if (!o->contains(kv)) return false;
        }
        return true;
    }
};

/// d.keys(), d.values(), d.items() (also of defaultdict, Counter, OrderedDict: they are dicts).
template <class K, class V>
dict_keys<K, V>* dict_keys_of(dict<K, V>* d) { return dict_keys<K, V>::of(d); }
template <class K, class V>
dict_values<K, V>* dict_values_of(dict<K, V>* d) { return dict_values<K, V>::of(d); }
template <class K, class V>
dict_items<K, V>* dict_items_of(dict<K, V>* d) { return dict_items<K, V>::of(d); }

/// dict(d.items()): a new dict of the view's pairs.
template <class K, class V>
dict<K, V>* dict_of(const dict_items<K, V>* items) {
    auto* out = dict<K, V>::make_empty();
    for (const auto& kv : *items) out->setitem(std::get<0>(kv), std::get<1>(kv));
    return out;
}

}  // namespace krait
