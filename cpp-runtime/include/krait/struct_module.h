// struct_module.h -- the struct module (CPython's Modules/_struct.c): pack, unpack, unpack_from,
// iter_unpack and calcsize over the format codes b B h H i I l L q Q n N P e f d ? s p c x and
// the byte orders @ (native sizes and alignment) = < > !, with struct.error's messages.
// The analysis types unpack's tuple from the format literal; the runtime parses the same text.
#pragma once

#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "krait/bytes.h"
#include "krait/exceptions.h"
#include "krait/generator.h"
#include "krait/ops.h"
#include "krait/str.h"

namespace krait::struct_ {

/// struct.error (a subclass of Exception; cannot be named in an except clause yet).
struct Error : Exception {
    using Exception::Exception;
    const char* class_name() const override { return "error"; }
    const char* module_name() const override { return "struct"; }
};

/// One value on its way into or out of a packed buffer.
struct Value {
    enum class Kind { Int, Float, Bytes, Other } kind = Kind::Other;
    i64 i = 0;
    double d = 0;
    bool truth = false;
    const bytes* b = nullptr;
};

template <class T>
Value to_value(const T& v) {
    Value out;
    out.truth = truthy(v);
    if constexpr (is_py_bool_v<T> || is_py_int_v<T>) {
        out.kind = Value::Kind::Int;
        out.i = i64(v);
        out.d = double(v);
    } else if constexpr (is_py_float_v<T>) {
        out.kind = Value::Kind::Float;
        out.d = v;
    } else if constexpr (std::is_pointer_v<T> && std::is_base_of_v<bytes, std::remove_cv_t<std::remove_pointer_t<T>>>) {
        if (v != nullptr) {
            out.kind = Value::Kind::Bytes;
            out.b = v;
        }
    }
    return out;
}

i64 calcsize(str* fmt);
bytes* pack_values(str* fmt, const std::vector<Value>& values);
/// The values of fmt packed in buf at offset (what = "unpack" or "unpack_from" for messages).
std::vector<Value> unpack_values(str* fmt, const bytes* buf, i64 offset, bool exact);

template <class... A>
bytes* pack(str* fmt, const A&... values) {
    std::vector<Value> vs;
    vs.reserve(sizeof...(A));
    (vs.push_back(to_value(values)), ...);
    return pack_values(fmt, vs);
}

namespace detail {
template <class T>
T from_value(const Value& v) {
    if constexpr (std::is_same_v<T, bool>) return v.truth;
    else if constexpr (std::is_same_v<T, i64>) return v.i;
    else if constexpr (std::is_same_v<T, double>) return v.d;
    else return const_cast<bytes*>(v.b);
}
template <class Tup, std::size_t... I>
Tup to_tuple(const std::vector<Value>& vs, std::index_sequence<I...>) {
    return Tup{from_value<std::tuple_element_t<I, Tup>>(vs[I])...};
}
template <class G>
struct generator_item;
template <class T>
struct generator_item<generator<T>*> {
    using type = T;
};
/// The check iter_unpack makes before it yields anything; returns the struct's size.
i64 iter_unpack_size(str* fmt, const bytes* buf);
}  // namespace detail

/// struct.unpack(fmt, buf) as the tuple type Tup the analysis computed from fmt.
template <class Tup>
Tup unpack(str* fmt, const bytes* buf) {
    return detail::to_tuple<Tup>(unpack_values(fmt, buf, 0, true), std::make_index_sequence<std::tuple_size_v<Tup>>{});
}

template <class Tup>
Tup unpack_from(str* fmt, const bytes* buf, i64 offset = 0) {
    return detail::to_tuple<Tup>(unpack_values(fmt, buf, offset, false),
                                 std::make_index_sequence<std::tuple_size_v<Tup>>{});
}

/// struct.iter_unpack(fmt, buf): G is generator<Tup>*.
template <class G>
G iter_unpack(str* fmt, const bytes* buf) {
    using Tup = typename detail::generator_item<G>::type;
    i64 size = detail::iter_unpack_size(fmt, buf);
    return make_generator<Tup>("unpack_iterator", [fmt, buf, size](yielder<Tup>& y) {
        for (i64 off = 0; off + size <= buf->len(); off += size) y.yield(unpack_from<Tup>(fmt, buf, off));
    });
}

}  // namespace krait::struct_
