// struct_module.cpp -- format parsing, packing and unpacking (see struct_module.h).
#include "krait/struct_module.h"

#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>

namespace krait::struct_ {

namespace {

[[noreturn]] void raise_error(const std::string& msg) { throw gc_new<Error>(msg.c_str()); }

enum class Order { Native, Little, Big };

struct Item {
    char code;
    i64 count;   // repeat count (the length for s and p)
    i64 offset;  // of the first byte
    i64 size;    // of one value
};

struct Format {
    Order order = Order::Native;
    std::vector<Item> items;
    i64 size = 0;
    i64 nvalues = 0;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c'; }

/// The size of one value of code c, or 0 for a code this byte order lacks.
i64 code_size(char c, Order order) {
    bool native = order == Order::Native;
    switch (c) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
        case 'h': case 'H': case 'e': return 2;
        case 'i': case 'I': case 'f': return 4;
        case 'l': case 'L': return native ? 8 : 4;
        case 'q': case 'Q': case 'd': return 8;
        case 'n': case 'N': case 'P': return native ? 8 : 0;
        default: return 0;
    }
}

Format parse(str* fmt) {
    Format f;
    std::string_view s = fmt->view();
    std::size_t i = 0;
    if (!s.empty()) {
        switch (s[0]) {
            case '@': i = 1; break;
            case '=': case '<': f.order = Order::Little; i = 1; break;
            case '>': case '!': f.order = Order::Big; i = 1; break;
            default: break;
        }
    }
    i64 offset = 0;
    while (i < s.size()) {
        char c = s[i];
        if (is_space(c)) {
            ++i;
            continue;
        }
        i64 count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                count = int_add(int_mul(count, 10), s[i] - '0');
                ++i;
            }
            if (i >= s.size()) raise_error("repeat count given without format specifier");
            c = s[i];
        }
        ++i;
        i64 size = code_size(c, f.order);
        if (size == 0) raise_error("bad char in struct format");
        if (f.order == Order::Native && size > 1 && c != 's' && c != 'p') offset = (offset + size - 1) / size * size;
        f.items.push_back(Item{c, count, offset, size});
        if (c == 's' || c == 'p') {
            offset += count;
            f.nvalues += 1;
        } else {
            offset += count * size;
            if (c != 'x') f.nvalues += count;
        }
    }
    f.size = offset;
    return f;
}

bool little(Order o) { return o != Order::Big; }

void put_uint(unsigned char* p, u64 v, i64 size, Order o) {
    for (i64 k = 0; k < size; ++k) {
        unsigned char byte = static_cast<unsigned char>(v >> (8 * k));
        p[little(o) ? k : size - 1 - k] = byte;
    }
}

u64 get_uint(const unsigned char* p, i64 size, Order o) {
    u64 v = 0;
    for (i64 k = 0; k < size; ++k) v |= u64(p[little(o) ? k : size - 1 - k]) << (8 * k);
    return v;
}

std::string range_message(char code, i64 size, bool is_signed) {
    u64 largest = size >= 8 ? ~u64(0) : (u64(1) << (8 * size)) - 1;
    if (!is_signed) return std::string("'") + code + "' format requires 0 <= number <= " + std::to_string(largest);
    i64 hi = i64(largest >> 1);
    return std::string("'") + code + "' format requires " + std::to_string(-hi - 1) + " <= number <= " +
           std::to_string(hi);
}

/// CPython's range checks, whose messages differ by code and by which of its tables packs it.
void check_int(char code, i64 size, Order o, i64 v) {
    switch (code) {
        case 'b':
            if (v < -128 || v > 127) raise_error("byte format requires -128 <= number <= 127");
            return;
        case 'B':
            if (v < 0 || v > 255) raise_error("ubyte format requires 0 <= number <= 255");
            return;
        case 'h':
            if (v < -32768 || v > 32767) {
                raise_error(o == Order::Big ? range_message(code, 2, true) : "short format requires -32768 <= number <= 32767");
            }
            return;
        case 'H':
            if (o == Order::Big) {
                if (v < 0) raise_error("argument out of range");
                if (v > 65535) raise_error(range_message(code, 2, false));
            } else if (v < 0 || v > 65535) {
                raise_error("ushort format requires 0 <= number <= 65535");
            }
            return;
        case 'i': case 'l': case 'q': case 'n':
            if (size < 8) {
                i64 hi = (i64(1) << (8 * size - 1)) - 1;
                if (v < -hi - 1 || v > hi) raise_error(range_message(code, size, true));
            }
            return;
        case 'Q':
            if (v < 0) raise_error(o == Order::Big ? "int too large to convert" : "argument out of range");
            return;
        default:  // I L N P
            if (v < 0) raise_error("argument out of range");
            if (size < 8 && u64(v) > (u64(1) << (8 * size)) - 1) raise_error(range_message(code, size, false));
            return;
    }
}

std::uint16_t pack_half(double x) {
    std::uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) return sign | 0x7e00;
    double a = std::fabs(x);
    if (std::isinf(a)) return sign | 0x7c00;
    if (a == 0) return sign;
    int e;
    double f = std::frexp(a, &e);  // a = f * 2**e, 0.5 <= f < 1
    if (e - 1 < -14) {
        // subnormal (or rounding up to the smallest normal, whose bits follow on)
        return sign | std::uint16_t(std::nearbyint(std::ldexp(a, 24)));
    }
    u64 bits = u64(std::nearbyint((f * 2 - 1) * 1024));
    int exponent = e - 1 + 15;
    if (bits == 1024) {
        bits = 0;
        ++exponent;
    }
    if (exponent >= 31) throw gc_new<OverflowError>("float too large to pack with e format");
    return std::uint16_t(sign | (exponent << 10) | bits);
}

double unpack_half(std::uint16_t h) {
    int sign = h >> 15, exponent = (h >> 10) & 31;
    double mant = h & 1023;
    double v;
    if (exponent == 0) v = std::ldexp(mant, -24);
    else if (exponent == 31) v = mant == 0 ? INFINITY : NAN;
    else v = std::ldexp(mant + 1024, exponent - 25);
    return sign ? -v : v;
}

}  // namespace

i64 calcsize(str* fmt) { return parse(fmt).size; }

bytes* pack_values(str* fmt, const std::vector<Value>& values) {
    Format f = parse(fmt);
    if (i64(values.size()) != f.nvalues) {
        raise_error("pack expected " + std::to_string(f.nvalues) + " items for packing (got " +
                    std::to_string(values.size()) + ")");
    }
    std::string out(std::size_t(f.size), '\0');
    auto* base = reinterpret_cast<unsigned char*>(out.data());
    std::size_t next = 0;
    for (const Item& it : f.items) {
        if (it.code == 'x') continue;
        if (it.code == 's' || it.code == 'p') {
            const Value& v = values[next++];
            if (v.kind != Value::Kind::Bytes) raise_error(std::string("argument for '") + it.code + "' must be a bytes object");
            i64 n = v.b->len();
            unsigned char* p = base + it.offset;
            if (it.code == 's') {
                std::memcpy(p, v.b->data(), std::size_t(n < it.count ? n : it.count));
            } else if (it.count > 0) {
                i64 take = n < it.count - 1 ? n : it.count - 1;
                std::memcpy(p + 1, v.b->data(), std::size_t(take));
                p[0] = static_cast<unsigned char>(take < 255 ? take : 255);
            }
            continue;
        }
        for (i64 k = 0; k < it.count; ++k) {
            const Value& v = values[next++];
            unsigned char* p = base + it.offset + k * it.size;
            switch (it.code) {
                case '?':
                    p[0] = v.truth ? 1 : 0;
                    break;
                case 'c':
                    if (v.kind != Value::Kind::Bytes || v.b->len() != 1) {
                        raise_error("char format requires a bytes object of length 1");
                    }
                    p[0] = v.b->data()[0];
                    break;
                case 'e': case 'f': case 'd': {
                    if (v.kind != Value::Kind::Float && v.kind != Value::Kind::Int) {
                        raise_error("required argument is not a float");
                    }
                    double x = v.d;
                    if (it.code == 'd') {
                        u64 bits;
                        std::memcpy(&bits, &x, 8);
                        put_uint(p, bits, 8, f.order);
                    } else if (it.code == 'f') {
                        float y = float(x);
                        if (f.order != Order::Native && std::isinf(y) && !std::isinf(x)) {
                            throw gc_new<OverflowError>("float too large to pack with f format");
                        }
                        std::uint32_t bits;
                        std::memcpy(&bits, &y, 4);
                        put_uint(p, bits, 4, f.order);
                    } else {
                        try {
                            put_uint(p, pack_half(x), 2, f.order);
                        } catch (OverflowError*) {
                            // CPython reports an int argument's overflow as struct.error
                            if (v.kind == Value::Kind::Int) raise_error("int too large to convert");
                            throw;
                        }
                    }
                    break;
                }
                default:
                    if (v.kind != Value::Kind::Int) raise_error("required argument is not an integer");
                    check_int(it.code, it.size, f.order, v.i);
                    put_uint(p, u64(v.i), it.size, f.order);
                    break;
            }
        }
    }
    return bytes::from_view(out);
}

std::vector<Value> unpack_values(str* fmt, const bytes* buf, i64 offset, bool exact) {
    Format f = parse(fmt);
    if (exact) {
        if (buf->len() != f.size) raise_error("unpack requires a buffer of " + std::to_string(f.size) + " bytes");
    } else {
        if (offset < 0) {
            if (offset + buf->len() < 0) {
                raise_error("offset " + std::to_string(offset) + " out of range for " + std::to_string(buf->len()) +
                            "-byte buffer");
            }
            offset += buf->len();
        }
        if (buf->len() - offset < f.size) {
            raise_error("unpack_from requires a buffer of at least " + std::to_string(f.size + offset) +
                        " bytes for unpacking " + std::to_string(f.size) + " bytes at offset " + std::to_string(offset) +
                        " (actual buffer size is " + std::to_string(buf->len()) + ")");
        }
    }
    std::vector<Value> out;
    out.reserve(std::size_t(f.nvalues));
    const unsigned char* base = buf->data() + offset;
    for (const Item& it : f.items) {
        if (it.code == 'x') continue;
        const unsigned char* p0 = base + it.offset;
        if (it.code == 's' || it.code == 'p') {
            Value v;
            v.kind = Value::Kind::Bytes;
            if (it.code == 's') {
                v.b = bytes::from_raw(p0, it.count);
            } else {
                i64 n = it.count > 0 ? p0[0] : 0;
                if (n > it.count - 1) n = it.count - 1;
                v.b = bytes::from_raw(p0 + 1, n < 0 ? 0 : n);
            }
            out.push_back(v);
            continue;
        }
        for (i64 k = 0; k < it.count; ++k) {
            const unsigned char* p = p0 + k * it.size;
            Value v;
            switch (it.code) {
                case '?':
                    v.truth = p[0] != 0;
                    break;
                case 'c':
                    v.kind = Value::Kind::Bytes;
                    v.b = bytes::from_raw(p, 1);
                    break;
                case 'd': {
                    u64 bits = get_uint(p, 8, f.order);
                    std::memcpy(&v.d, &bits, 8);
                    break;
                }
                case 'f': {
                    std::uint32_t bits = std::uint32_t(get_uint(p, 4, f.order));
                    float y;
                    std::memcpy(&y, &bits, 4);
                    v.d = y;
                    break;
                }
                case 'e':
                    v.d = unpack_half(std::uint16_t(get_uint(p, 2, f.order)));
                    break;
                default: {
                    u64 raw = get_uint(p, it.size, f.order);
                    bool is_signed = it.code == 'b' || it.code == 'h' || it.code == 'i' || it.code == 'l' ||
                                     it.code == 'q' || it.code == 'n';
                    if (is_signed) {
                        if (it.size < 8 && (raw >> (8 * it.size - 1)) != 0) raw |= ~u64(0) << (8 * it.size);
                        v.i = i64(raw);
                    } else {
                        if (raw > u64(INT64_MAX)) raise_int_overflow();
                        v.i = i64(raw);
                    }
                    break;
                }
            }
            out.push_back(v);
        }
    }
    return out;
}

namespace detail {
i64 iter_unpack_size(str* fmt, const bytes* buf) {
    i64 size = parse(fmt).size;
    if (size == 0) raise_error("cannot iteratively unpack with a struct of length 0");
    if (buf->len() % size != 0) {
        raise_error("iterative unpacking requires a buffer of a multiple of " + std::to_string(size) + " bytes");
    }
    return size;
}
}  // namespace detail

}  // namespace krait::struct_
