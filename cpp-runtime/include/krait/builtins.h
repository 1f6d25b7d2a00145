// builtins.h -- Python builtin functions: min, max, abs, int(), float(),
// str(), bool(), round, divmod, sum, sorted, range, chr/ord (str.h), ...
// Generic str()/repr()/len()/hash() live in ops.h.
#pragma once

#include <optional>

#include "krait/dict.h"
#include "krait/exceptions.h"
#include "krait/list.h"
#include "krait/ops.h"

namespace krait {

// ---- conversions ----
/// int(s) / int(s, base) with Python's parsing rules (whitespace, sign,
/// underscores, 0x/0o/0b prefixes for base 0 or matching base);
/// ValueError "invalid literal for int() with base 10: 's'".
i64 int_of(str* s);
i64 int_of(str* s, i64 base);
/// float(s): accepts whitespace, underscores, inf/infinity/nan;
/// ValueError "could not convert string to float: 's'".
double float_of(str* s);
/// bool(x)
template <class T>
inline bool bool_of(const T& v) { return truthy(v); }
/// int(), float(), str(), bool() without an argument (also as factories: defaultdict(int))
inline i64 int_zero() { return 0; }
inline double float_zero() { return 0.0; }
inline str* str_empty() { return str::from_cstr(""); }
inline bool bool_false() { return false; }

// ---- str methods that take or return tuples ----
/// s.partition(sep) / s.rpartition(sep): (head, sep, tail); ValueError on an empty separator.
inline tuple<str*, str*, str*> str_partition(str* s, str* sep) {
    if (KRAIT_UNLIKELY(sep->len() == 0)) raise_value_error("empty separator");
    i64 i = s->find(sep);
    if (i < 0) return {s, str::empty(), str::empty()};
    return {s->slice(std::nullopt, i), sep, s->slice(i + sep->len(), std::nullopt)};
}
inline tuple<str*, str*, str*> str_rpartition(str* s, str* sep) {
    if (KRAIT_UNLIKELY(sep->len() == 0)) raise_value_error("empty separator");
    i64 i = s->rfind(sep);
    if (i < 0) return {str::empty(), str::empty(), s};
    return {s->slice(std::nullopt, i), sep, s->slice(i + sep->len(), std::nullopt)};
}
/// s.startswith((a, b, ...)) / s.endswith((a, b, ...)): any of the strings.
template <class... S>
bool str_startswith_any(str* s, const tuple<S...>& prefixes) {
    return std::apply([s](auto... p) { return (s->startswith(p) || ...); }, prefixes);
}
template <class... S>
bool str_endswith_any(str* s, const tuple<S...>& suffixes) {
    return std::apply([s](auto... p) { return (s->endswith(p) || ...); }, suffixes);
}
template <class... S>
bool str_startswith_any(str* s, const tuple<S...>& prefixes, std::optional<i64> start,
                        std::optional<i64> end = std::nullopt) {
    return std::apply([&](auto... p) { return (s->startswith(p, start, end) || ...); }, prefixes);
}
template <class... S>
bool str_endswith_any(str* s, const tuple<S...>& suffixes, std::optional<i64> start,
                      std::optional<i64> end = std::nullopt) {
    return std::apply([&](auto... p) { return (s->endswith(p, start, end) || ...); }, suffixes);
}

/// float.is_integer(): finite and without a fractional part.
inline bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }
/// int.bit_length(): the bits of abs(n), 0 for 0.
inline i64 int_bit_length(i64 n) {
    u64 m = n < 0 ? u64(0) - u64(n) : u64(n);
    i64 bits = 0;
    while (m) {
        ++bits;
        m >>= 1;
    }
    return bits;
}

// ---- str.maketrans / str.translate ----
namespace detail {
/// What str.translate's table gives for one code point.
struct TranslateEntry {
    enum Kind { Keep, Delete, CodePoint, Text, BadType } kind;
    i64 cp = 0;
    str* text = nullptr;
};
/// The table as a lookup of code points, so the loop over the string is compiled once.
using TranslateLookup = TranslateEntry (*)(const void* table, i64 cp);
str* str_translate(str* s, TranslateLookup lookup, const void* table);
template <class V>
TranslateEntry translate_entry(const V& v) {
    if constexpr (is_py_bool_v<V> || is_py_int_v<V>) return {TranslateEntry::CodePoint, i64(v)};
    else if constexpr (is_none_v<V>) return {TranslateEntry::Delete};
    else if constexpr (is_optional_v<V>) {
        if (v.is_none()) return {TranslateEntry::Delete};
        return translate_entry(v.get());
    } else if constexpr (is_str_ptr_v<V>) {
        if (!v) return {TranslateEntry::Delete};
        return {TranslateEntry::Text, 0, v};
    } else return {TranslateEntry::BadType};
}
}  // namespace detail

/// s.translate(table): each code point found in the table is replaced by the str or the code
/// point it maps to, or deleted (None); the others are kept. A table keyed by str finds nothing.
template <class K, class V>
str* str_translate(str* s, dict<K, V>* table) {
    if constexpr (!is_py_int_v<K>) {
        return s;
    } else {
        return detail::str_translate(s, [](const void* t, i64 cp) -> detail::TranslateEntry {
            auto* d = static_cast<const dict<K, V>*>(t);
            if (!d->contains(K(cp))) return {detail::TranslateEntry::Keep};
            return detail::translate_entry(d->getitem(K(cp)));
        }, table);
    }
}
/// str.maketrans(x, y): x's code points to y's; ValueError when their lengths differ.
dict<i64, i64>* str_maketrans(str* x, str* y);
/// str.maketrans(x, y, z): the same, and z's code points to None.
dict<i64, optional<i64>>* str_maketrans(str* x, str* y, str* z);
/// str.maketrans(d): d with its one-character str keys turned into code points.
template <class K, class V>
dict<i64, V>* str_maketrans_dict(dict<K, V>* d) {
    auto* out = dict<i64, V>::make_empty();
    for (const auto& kv : d->iter_items()) {
        const K& k = std::get<0>(kv);
        if constexpr (is_str_ptr_v<K>) {
            if (k->len() != 1) raise_value_error("string keys in translate table must be of length 1");
            out->setitem(i64(k->code_point_at(0)), std::get<1>(kv));
        } else {
            out->setitem(i64(k), std::get<1>(kv));
        }
    }
    return out;
}

// ---- formatting: format(), str % args, str.format(), ascii() ----

/// One argument of str % args / str.format, type-erased for the
/// out-of-line formatting code.
struct FormatArg {
    enum class Kind { Int, Float, Bool, Str, Other };
    Kind kind = Kind::Other;
    i64 i = 0;
    double d = 0;
    str* s = nullptr;
    const void* obj = nullptr;  // Other: the value, formatted via the hooks
    str* (*to_str)(const void*) = nullptr;
    str* (*to_repr)(const void*) = nullptr;
    /// format(value, spec) of an Other that has its own format-spec rules (complex), else nullptr.
    str* (*to_format)(const void*, str*) = nullptr;
    /// An object's own __format__ (Object::format_), tried first, for an empty spec too; it
    /// returns nullptr when the class has none.
    str* (*to_own_format)(const void*, str*) = nullptr;
    const char* type_name = "object";
    /// The keyword of a keyword argument of str.format ("{x}".format(x=1)); nullptr for positional ones.
    const char* name = nullptr;
    str* str_text() const;
    str* repr_text() const;
};
template <class T>
FormatArg format_arg(const T& v) {
    // an int | None holding an int formats as the int (f"{n:>3}"); None as None
    if constexpr (is_optional_v<T>) return v.is_none() ? format_arg(None) : format_arg(v.ref());
    if constexpr (is_number_v<T>) return v.is_float() ? format_arg(v.float_value()) : format_arg(v.int_value());
    FormatArg a;
    a.type_name = py_type_name<T>();
    if constexpr (is_py_bool_v<T>) {
        a.kind = FormatArg::Kind::Bool;
        a.i = v ? 1 : 0;
    } else if constexpr (is_py_int_v<T>) {
        a.kind = FormatArg::Kind::Int;
        a.i = i64(v);
    } else if constexpr (is_py_float_v<T>) {
        a.kind = FormatArg::Kind::Float;
        a.d = double(v);
    } else if constexpr (is_str_ptr_v<T>) {
        if (v) {
            a.kind = FormatArg::Kind::Str;
            a.s = const_cast<str*>(static_cast<const str*>(v));
        } else {
            a.type_name = "NoneType";
        }
    }
    if (a.kind == FormatArg::Kind::Other) {
        if constexpr (is_none_v<T>) a.type_name = "NoneType";
        else if constexpr (std::is_pointer_v<T>) {
            if (!v) a.type_name = "NoneType";
        }
        a.obj = &v;
        a.to_str = [](const void* p) { return str_of(*static_cast<const T*>(p)); };
        a.to_repr = [](const void* p) { return repr_of(*static_cast<const T*>(p)); };
        if constexpr (is_py_complex_v<T>)
            a.to_format = [](const void* p, str* spec) { return format_complex(*static_cast<const T*>(p), spec); };
        if constexpr (std::is_pointer_v<T> && std::is_base_of_v<Object, std::remove_cv_t<std::remove_pointer_t<T>>>) {
            if (v) {
                a.type_name = v->class_name(); // "unsupported format string passed to Point.__format__"
                a.to_own_format = [](const void* p, str* spec) { return (*static_cast<const T*>(p))->format_(spec); };
            }
        }
    }
    return a;
}
/// A keyword argument passed to a runtime function that takes **kwargs: kw("x", 1).
template <class T>
struct named_arg {
    const char* name;
    T value;
};
template <class T>
named_arg<T> kw(const char* name, const T& v) { return named_arg<T>{name, v}; }
template <class T>
FormatArg format_arg(const named_arg<T>& a) {
    FormatArg f = format_arg(a.value);
    f.name = a.name;
    return f;
}
str* format_value(const FormatArg& a, str* spec);
str* percent_format(str* fmt, const FormatArg* args, std::size_t n);
str* format_fields(str* fmt, const FormatArg* args, std::size_t n);

/// format(v, spec) / f"{v:spec}" (spec nullptr = '').
template <class T>
str* format_of(const T& v, str* spec = nullptr) {
    if (!spec) spec = str::empty();
    if constexpr (is_py_bool_v<T>) return format_bool(v, spec);
    else if constexpr (is_number_v<T>) return v.is_float() ? format_float(v.float_value(), spec) : format_int(v.int_value(), spec);
    else if constexpr (is_py_int_v<T>) return format_int(i64(v), spec);
    else if constexpr (is_py_float_v<T>) return format_float(double(v), spec);
    else if constexpr (is_py_complex_v<T>) return format_complex(v, spec);
    else if constexpr (is_str_ptr_v<T>) return v ? format_str(v, spec) : format_value(format_arg(v), spec);
    else return format_value(format_arg(v), spec);
}
/// fmt % (args...): printf-style formatting (a single non-tuple operand is
/// passed as one argument).
template <class... A>
str* str_percent(str* fmt, const A&... args) {
    FormatArg a[sizeof...(A) + 1] = {format_arg(args)...};
    return percent_format(fmt, a, sizeof...(A));
}
/// fmt % t for a tuple computed by an expression: t is evaluated once, its items are the arguments.
template <class... A>
str* str_percent_tuple(str* fmt, const std::tuple<A...>& t) {
    return std::apply([fmt](const A&... args) { return str_percent(fmt, args...); }, t);
}
/// fmt.format(args...) (positional fields only).
template <class... A>
str* str_format(str* fmt, const A&... args) {
    FormatArg a[sizeof...(A) + 1] = {format_arg(args)...};
    return format_fields(fmt, a, sizeof...(A));
}
/// ascii(v): repr with non-ASCII characters escaped.
str* str_ascii(str* repr_text);
template <class T>
str* ascii_of(const T& v) { return str_ascii(repr_of(v)); }

// ---- min / max (the first of equal candidates wins, as in CPython) ----
template <class T>
inline T py_min(const T& a, const T& b) { return py_lt(b, a) ? b : a; }
template <class T, class... R>
inline T py_min(const T& a, const T& b, const R&... rest) { return py_min(py_min(a, b), rest...); }
template <class T>
inline T py_max(const T& a, const T& b) { return py_gt(b, a) ? b : a; }
template <class T, class... R>
inline T py_max(const T& a, const T& b, const R&... rest) { return py_max(py_max(a, b), rest...); }
// a number that may be None beside a plain one (max(node.count, 0)): None raises CPython's TypeError in the comparison
template <class T>
inline optional<T> py_min(const optional<T>& a, const T& b) { return py_min(a, optional<T>(b)); }
template <class T>
inline optional<T> py_min(const T& a, const optional<T>& b) { return py_min(optional<T>(a), b); }
template <class T>
inline optional<T> py_max(const optional<T>& a, const T& b) { return py_max(a, optional<T>(b)); }
template <class T>
inline optional<T> py_max(const T& a, const optional<T>& b) { return py_max(optional<T>(a), b); }
/// min(l): ValueError "min() arg is an empty sequence"
template <class T>
T min_of(const list<T>* l) {
    if (KRAIT_UNLIKELY(l->len() == 0)) raise_value_error("min() arg is an empty sequence");
    T best = l->at(0);
    for (i64 i = 1; i < l->len(); ++i)
        if (py_lt(l->at(i), best)) best = l->at(i);
    return best;
}
/// max(l): ValueError "max() arg is an empty sequence"
template <class T>
T max_of(const list<T>* l) {
    if (KRAIT_UNLIKELY(l->len() == 0)) raise_value_error("max() arg is an empty sequence");
    T best = l->at(0);
    for (i64 i = 1; i < l->len(); ++i)
        if (py_gt(l->at(i), best)) best = l->at(i);
    return best;
}

// ---- numbers ----
inline i64 py_abs(i64 v) { return int_abs(v); }
inline double py_abs(double v) { return std::fabs(v); }
inline double py_abs(complex v) { return complex_abs(v); }
inline i64 py_abs(bool v) { return v ? 1 : 0; }
/// round(x): nearest int, ties to even.
i64 round_of(double v);
inline i64 round_of(i64 v) { return v; }
/// round(x, ndigits) for a float (correctly rounded, like CPython).
double round_of(double v, i64 ndigits);
/// round(x, ndigits) for an int (ndigits < 0 rounds to tens, ties to even).
i64 round_of(i64 v, i64 ndigits);
/// divmod(a, b)
inline tuple<i64, i64> divmod(i64 a, i64 b) {
    if (KRAIT_UNLIKELY(b == 0)) raise_zero_division("integer division or modulo by zero");
    return {int_floordiv(a, b), int_mod(a, b)};
}
tuple<double, double> divmod(double a, double b);
/// pow(base, exp, mod) for ints.
i64 int_pow_mod(i64 base, i64 exp, i64 mod);
/// bin(x), oct(x), hex(x)
str* bin(i64 v);
str* oct(i64 v);
str* hex(i64 v);

// ---- iterables ----
/// sum(l, start)
template <class T, class S = T>
S sum_of(const list<T>* l, S start = S{}) {
    S acc = start;
    for (i64 i = 0; i < l->len(); ++i) {
        if constexpr (is_py_int_v<S> && is_py_int_v<T>) acc = int_add(acc, l->at(i));
        else acc = acc + l->at(i);
    }
    return acc;
}
/// sum() of floats uses plain addition (CPython 3.11 does too).
/// sorted(l, reverse=r)
template <class T>
list<T>* sorted(const list<T>* l, bool reverse = false) {
    list<T>* r = l->copy();
    r->sort(reverse);
    return r;
}
/// sorted(l, key=f, reverse=r)
template <class T, class Key>
list<T>* sorted_by(const list<T>* l, Key key, bool reverse = false) {
    list<T>* r = l->copy();
    r->sort_by(key, reverse);
    return r;
}
/// all(l) / any(l)
/// all(xs) / any(xs) over anything iterable (a list, set, dict, str, generator ...): they stop at
/// the first item that decides, as Python's do, so a generator is only run that far.
template <class C>
bool all_of(C* items) {
    for (auto&& x : *items)
        if (!truthy(x)) return false;
    return true;
}
template <class C>
bool any_of(C* items) {
    for (auto&& x : *items)
        if (truthy(x)) return true;
    return false;
}

/// range(start, stop, step) as an iterable value (for list(range(...)) and
/// `for` loops the generator does not lower itself).
class range {
public:
    range() : start_(0), stop_(0), step_(1) {}
    explicit range(i64 stop) : start_(0), stop_(stop), step_(1) {}
    range(i64 start, i64 stop, i64 step = 1) : start_(start), stop_(stop), step_(step) {
        if (KRAIT_UNLIKELY(step == 0)) raise_value_error("range() arg 3 must not be zero");
    }
    /// How many items: more than INT64_MAX only for a range that spans over half of int64
    /// (range(-2**63, 2**63-1)), which CPython iterates and indexes but can't take len() of.
    u64 count() const {
        if (step_ > 0) return start_ < stop_ ? (u64(stop_) - u64(start_) - 1) / u64(step_) + 1 : 0;
        return start_ > stop_ ? (u64(start_) - u64(stop_) - 1) / (u64(0) - u64(step_)) + 1 : 0;
    }
    i64 len() const {
        u64 n = count();
        if (KRAIT_UNLIKELY(n > u64(INT64_MAX))) raise_overflow_error("Python int too large to convert to C ssize_t");
        return i64(n);
    }
    struct sentinel {};
    // The counter is unsigned: after the last item it may step past the end of int64 (signed
    // overflow would be undefined behaviour even though the value is never used); every item
    // itself is in range, so converting it back is exact.
    class iterator {
    public:
        iterator(i64 v, i64 step, u64 remaining) : v_(u64(v)), step_(u64(step)), remaining_(remaining) {}
        i64 operator*() const { return i64(v_); }
        iterator& operator++() {
            v_ += step_;
            --remaining_;
            return *this;
        }
        bool operator!=(sentinel) const { return remaining_ > 0; }

    private:
        u64 v_, step_, remaining_;
    };
    iterator begin() const { return iterator(start_, step_, count()); }
    sentinel end() const { return {}; }
    i64 start() const { return start_; }
    i64 stop() const { return stop_; }
    i64 step() const { return step_; }
    /// r[i], negative i from the end; IndexError "range object index out of range". The item is
    /// computed modulo 2**64, where start + i*step may pass through values outside int64 even
    /// though the item itself fits.
    i64 getitem(i64 i) const {
        u64 n = count();
        u64 k;
        if (i < 0) {
            u64 back = u64(0) - u64(i);
            if (KRAIT_UNLIKELY(back > n)) raise_index_error("range object index out of range");
            k = n - back;
        } else {
            k = u64(i);
            if (KRAIT_UNLIKELY(k >= n)) raise_index_error("range object index out of range");
        }
        return i64(u64(start_) + k * u64(step_));
    }
    /// x in r, without walking the range; the distance from start is taken unsigned (it can
    /// exceed INT64_MAX).
    bool contains(i64 x) const {
        if (step_ > 0) {
            if (x < start_ || x >= stop_) return false;
            return (u64(x) - u64(start_)) % u64(step_) == 0;
        }
        if (x > start_ || x <= stop_) return false;
        return (u64(start_) - u64(x)) % (u64(0) - u64(step_)) == 0;
    }

private:
    i64 start_, stop_, step_;
};

/// len(r) and r[i] of a range value (unpacking `a, b, c = range(3)`).
inline i64 range_len(const range& r) { return r.len(); }
inline i64 range_item(const range& r, i64 i) { return r.getitem(i); }

/// all(range(...)) / any(range(...)): a range is a value, not a pointer.
inline bool all_of(range r) { return all_of(&r); }
inline bool any_of(range r) { return any_of(&r); }

}  // namespace krait
