// str_impl.h -- (runtime-internal) access to str's memory layout.
//
// Inline (most strings), one atomic block:
//   [header: data, nbytes, nchars, hash][UTF-8 bytes][NUL][pad to 4]
//   [u32 byte offset of code points 0, 32, 64, ... (non-ASCII strings only)]
// Appendable (long ASCII concatenation results): a scanned header whose data
// points into an atomic AppendBuffer shared by successive results.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>

#include "krait/str.h"

namespace krait {

/// memcpy for the short copies that dominate string code (words): no call
/// for n <= 16.
inline void copy_bytes(char* dst, const char* src, std::size_t n) {
    if (n <= 16) {
        if (n >= 8) {
            std::uint64_t a, b;
            std::memcpy(&a, src, 8);
            std::memcpy(&b, src + n - 8, 8);
            std::memcpy(dst, &a, 8);
            std::memcpy(dst + n - 8, &b, 8);
        } else if (n >= 4) {
            std::uint32_t a, b;
            std::memcpy(&a, src, 4);
            std::memcpy(&b, src + n - 4, 4);
            std::memcpy(dst, &a, 4);
            std::memcpy(dst + n - 4, &b, 4);
        } else if (n > 0) {
            dst[0] = src[0];
            dst[n / 2] = src[n / 2];
            dst[n - 1] = src[n - 1];
        }
        return;
    }
    std::memcpy(dst, src, n);
}

struct str_impl {
    static constexpr std::size_t kIndexStride = 32;
    /// Longest str in bytes (32-bit lengths in the header).
    static constexpr std::size_t kMaxBytes = 0xFFFFFFFFu;
    static std::size_t index_offset(std::size_t nbytes);
    static std::uint32_t* index(const str* s) {
        return reinterpret_cast<std::uint32_t*>(const_cast<char*>(s->data()) + index_offset(std::size_t(s->nbytes_)));
    }
    /// Allocates a str for nbytes UTF-8 bytes holding nchars code points;
    /// fill mutable_data() and then call finish().
    static str* alloc(std::size_t nbytes, std::size_t nchars);
    static char* mutable_data(str* s) { return s->mutable_data(); }
    /// Builds the code point index of a non-ASCII string.
    static void finish(str* s);
    /// alloc + copy + finish.
    static str* make(const char* bytes, std::size_t nbytes, std::size_t nchars);
    static str* make(const std::string& bytes, std::size_t nchars) { return make(bytes.data(), bytes.size(), nchars); }
    static str* make_ascii(const std::string& bytes) { return make_ascii(bytes.data(), bytes.size()); }
    /// A str of n ASCII bytes (the shared empty and one-character strings when n < 2).
    static str* make_ascii(const char* bytes, std::size_t n) {
        if (n < 2) return n == 0 ? str::empty() : str::from_ascii_char(static_cast<unsigned char>(bytes[0]));
        str* s = alloc(n, n);
        copy_bytes(s->mutable_data(), bytes, n);
        return s;
    }
    /// A str of n ASCII bytes that may be a str made before with the same bytes: words of 2-16
    /// bytes cut from a longer text (split pieces, re groups) go through a table of the last
    /// such str per hash slot (str.cpp), so a text of a million words makes a few hundred strs
    /// whose hashes are computed once, and the collector has only the containers to mark.
    /// Equal strs have no promised identity in Python, and a str is immutable.
    static str* shared_ascii(const char* bytes, std::size_t n) {
        if (n < 2 || n > kSharedMax) return make_ascii(bytes, n);
        return shared_ascii_lookup(bytes, n);
    }
    static constexpr std::size_t kSharedMax = 16;
    static str* shared_ascii_lookup(const char* bytes, std::size_t n);
    /// A piece of s: bytes [b, b + n) holding nchars code points.
    static str* piece(const str* s, std::size_t b, std::size_t n, std::size_t nchars) {
        if (n == nchars) return make_ascii(s->data() + b, n);
        return make(s->data() + b, n, nchars);
    }
    /// A piece of s: bytes [b, b + n) on code point boundaries (counted only when s is not ASCII).
    static str* piece(const str* s, std::size_t b, std::size_t n) {
        if (s->is_ascii()) return make_ascii(s->data() + b, n);
        return str::from_utf8(s->data() + b, n);
    }
    static void append_repr(std::string& out, const str* s);

    /// Buffer behind appendable strings: `used` bytes are taken; a string
    /// whose bytes end at `used` may be extended in place.
    struct AppendBuffer {
        i64 cap;
        i64 used;
        char* bytes() { return reinterpret_cast<char*>(this + 1); }
    };
    static bool is_appendable(const str* s) { return s->data_ != reinterpret_cast<const char*>(s + 1); }
    static AppendBuffer* buffer_of(const str* s) {
        return reinterpret_cast<AppendBuffer*>(const_cast<char*>(s->data_)) - 1;
    }
    /// A new header for the first n bytes of buf (ASCII).
    static str* appendable(AppendBuffer* buf, std::size_t n);
};

/// The escape repr() and ascii() write for a code point: \xhh, \uhhhh or \Uhhhhhhhh.
inline void append_code_point_escape(std::string& out, std::uint32_t cp) {
    static const char hex[] = "0123456789abcdef";
    if (cp < 0x100) {
        out += "\\x";
        out += hex[cp >> 4];
        out += hex[cp & 15];
    } else if (cp < 0x10000) {
        out += "\\u";
        for (int sh = 12; sh >= 0; sh -= 4) out += hex[(cp >> sh) & 15];
    } else {
        out += "\\U";
        for (int sh = 28; sh >= 0; sh -= 4) out += hex[(cp >> sh) & 15];
    }
}

}  // namespace krait
