// base64_module.cpp -- binascii and base64 (see base64_module.h).
#include "krait/base64_module.h"

#include <string>

namespace krait::binascii {

namespace {

[[noreturn]] void raise_error(const std::string& msg) { throw gc_new<Error>(msg.c_str()); }

const char kHex[] = "0123456789abcdef";
const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int b64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

bytes* hexlify_with(const bytes* data, std::string_view sep) {
    if (sep.size() > 1) raise_value_error("sep must be length 1.");
    std::string out;
    for (i64 i = 0; i < data->len(); ++i) {
        if (i > 0) out.append(sep);
        out += kHex[data->data()[i] >> 4];
        out += kHex[data->data()[i] & 15];
    }
    return bytes::from_view(out);
}

bytes* unhexlify_view(std::string_view s) {
    if (s.size() % 2 != 0) raise_error("Odd-length string");
    std::string out;
    for (std::size_t i = 0; i < s.size(); i += 2) {
        int hi = hex_value(static_cast<unsigned char>(s[i]));
        int lo = hex_value(static_cast<unsigned char>(s[i + 1]));
        if (hi < 0 || lo < 0) raise_error("Non-hexadecimal digit found");
        out += char(hi * 16 + lo);
    }
    return bytes::from_view(out);
}

/// An ASCII-only str as bytes (what binascii's and base64's decoders accept besides bytes).
std::string_view ascii_view(str* s) {
    if (!s->is_ascii()) raise_value_error("string argument should contain only ASCII characters");
    return s->view();
}

bytes* a2b_base64_view(std::string_view in, bool strict) {
    std::string out;
    int quad_pos = 0, pads = 0;
    unsigned leftchar = 0;
    bool padding_started = false;
    for (std::size_t i = 0; i < in.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(in[i]);
        if (c == '=') {
            padding_started = true;
            if (strict && quad_pos == 0) raise_error(i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                // a complete pad sequence ends the data
                if (strict && i + 1 < in.size()) raise_error("Excess data after padding");
                return bytes::from_view(out);
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) raise_error("Only base64 data is allowed");
            continue;
        }
        if (strict && padding_started) raise_error("Discontinuous padding not allowed");
        pads = 0;
        switch (quad_pos) {
            case 0:
                quad_pos = 1;
                leftchar = unsigned(v);
                break;
            case 1:
                quad_pos = 2;
                out += char((leftchar << 2) | (unsigned(v) >> 4));
                leftchar = unsigned(v) & 0x0f;
                break;
            case 2:
                quad_pos = 3;
                out += char((leftchar << 4) | (unsigned(v) >> 2));
                leftchar = unsigned(v) & 0x03;
                break;
            default:
                quad_pos = 0;
                out += char((leftchar << 6) | unsigned(v));
                leftchar = 0;
                break;
        }
    }
    if (quad_pos == 1) {
        raise_error("Invalid base64-encoded string: number of data characters (" +
                    std::to_string(out.size() / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
    }
    if (quad_pos != 0) raise_error("Incorrect padding");
    return bytes::from_view(out);
}

}  // namespace

bytes* hexlify(const bytes* data) { return hexlify_with(data, std::string_view()); }
bytes* hexlify(const bytes* data, str* sep) { return hexlify_with(data, sep->view()); }
bytes* hexlify(const bytes* data, const bytes* sep) { return hexlify_with(data, sep->view()); }
bytes* unhexlify(const bytes* hexstr) { return unhexlify_view(hexstr->view()); }
bytes* unhexlify(str* hexstr) { return unhexlify_view(ascii_view(hexstr)); }

i64 crc32(const bytes* data, i64 value) {
    static u64 table[256];
    static bool ready = false;
    if (!ready) {
        for (unsigned n = 0; n < 256; ++n) {
            u64 c = n;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        ready = true;
    }
    u64 crc = (u64(value) & 0xFFFFFFFFu) ^ 0xFFFFFFFFu;
    for (i64 i = 0; i < data->len(); ++i) crc = table[(crc ^ data->data()[i]) & 0xFF] ^ (crc >> 8);
    return i64((crc ^ 0xFFFFFFFFu) & 0xFFFFFFFFu);
}

bytes* b2a_base64(const bytes* data, bool newline) {
    std::string out;
    const unsigned char* p = data->data();
    i64 n = data->len();
    i64 i = 0;
    for (; i + 2 < n; i += 3) {
        unsigned v = (unsigned(p[i]) << 16) | (unsigned(p[i + 1]) << 8) | p[i + 2];
        out += kB64[v >> 18];
        out += kB64[(v >> 12) & 63];
        out += kB64[(v >> 6) & 63];
        out += kB64[v & 63];
    }
    if (n - i == 1) {
        unsigned v = unsigned(p[i]) << 16;
        out += kB64[v >> 18];
        out += kB64[(v >> 12) & 63];
        out += "==";
    } else if (n - i == 2) {
        unsigned v = (unsigned(p[i]) << 16) | (unsigned(p[i + 1]) << 8);
        out += kB64[v >> 18];
        out += kB64[(v >> 12) & 63];
        out += kB64[(v >> 6) & 63];
        out += '=';
    }
    if (newline) out += '\n';
    return bytes::from_view(out);
}

bytes* a2b_base64(const bytes* data, bool strict_mode) { return a2b_base64_view(data->view(), strict_mode); }
bytes* a2b_base64(str* data, bool strict_mode) { return a2b_base64_view(ascii_view(data), strict_mode); }

}  // namespace krait::binascii

namespace krait::base64 {

namespace {

/// s with the two characters of altchars (each) replaced by from[0], from[1].
std::string translated(std::string_view s, std::string_view from, std::string_view to) {
    std::string out(s);
    for (char& c : out) {
        if (c == from[0]) c = to[0];
        else if (c == from[1]) c = to[1];
    }
    return out;
}

std::string_view ascii_view(str* s) {
    if (!s->is_ascii()) raise_value_error("string argument should contain only ASCII characters");
    return s->view();
}

bytes* b64decode_view(std::string_view s, const bytes* altchars, bool validate) {
    if (altchars != nullptr) {
        if (altchars->len() != 2) raise_assertion_error(repr_of(altchars));  // Lib/base64.py asserts it
        std::string t = translated(s, altchars->view(), "+/");
        return binascii::a2b_base64(bytes::from_view(t), validate);
    }
    return binascii::a2b_base64(bytes::from_view(s), validate);
}

bytes* b16decode_view(std::string_view s, bool casefold) {
    std::string t(s);
    for (char& c : t) {
        if (casefold && c >= 'a' && c <= 'f') c = char(c - 32);
        bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
        if (!ok) throw gc_new<binascii::Error>("Non-base16 digit found");
    }
    return binascii::unhexlify(bytes::from_view(t));
}

}  // namespace

bytes* b64encode(const bytes* s, const bytes* altchars) {
    bytes* b = binascii::b2a_base64(s, false);
    if (altchars == nullptr) return b;
    if (altchars->len() != 2) raise_assertion_error(repr_of(altchars));  // Lib/base64.py asserts it
    return bytes::from_view(translated(b->view(), "+/", altchars->view()));
}

bytes* b64decode(const bytes* s, const bytes* altchars, bool validate) { return b64decode_view(s->view(), altchars, validate); }
bytes* b64decode(str* s, const bytes* altchars, bool validate) { return b64decode_view(ascii_view(s), altchars, validate); }

bytes* urlsafe_b64encode(const bytes* s) {
    return bytes::from_view(translated(binascii::b2a_base64(s, false)->view(), "+/", "-_"));
}

bytes* urlsafe_b64decode(const bytes* s) { return b64decode_view(translated(s->view(), "-_", "+/"), nullptr, false); }
bytes* urlsafe_b64decode(str* s) { return b64decode_view(translated(ascii_view(s), "-_", "+/"), nullptr, false); }

bytes* b16encode(const bytes* s) {
    bytes* h = binascii::hexlify(s);
    return h->upper();
}

bytes* b16decode(const bytes* s, bool casefold) { return b16decode_view(s->view(), casefold); }
bytes* b16decode(str* s, bool casefold) { return b16decode_view(ascii_view(s), casefold); }

}  // namespace krait::base64
