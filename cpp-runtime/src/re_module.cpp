// re_module.cpp -- the re module on PCRE2 (see re_module.h).
#define PCRE2_CODE_UNIT_WIDTH 8
#include "krait/re_module.h"

#include <pcre2.h>

#include <cstring>
#include <string>
#include <vector>

#include "str_impl.h"
#include "unicode.h"

namespace krait::re {

void raise_error(const std::string& msg) { throw gc_new<error>(str::from_utf8(msg)); }

namespace {

std::string pos_text(i64 pos) { return " at position " + std::to_string(pos); }

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_hex(unsigned char c) { return std::isxdigit(c) != 0; }
bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Python pattern syntax to PCRE2 syntax. Byte offsets of the output map back to code point
/// positions of the input (for error messages).
struct Translator {
    const std::string& in;
    i64 flags;  // in: the flags argument; out: with the leading inline flags added
    std::string out;
    std::vector<i64> where;  // code point position in `in` of each output byte
    std::vector<i64> open_parens;
    std::vector<i64> group_stack;  // capturing group number of each open paren (0: not capturing)
    std::vector<i64> parent{0};    // enclosing capturing group of each group
    std::vector<std::string> names;  // group names defined so far
    std::vector<bool> closed{true};  // whether each group has been closed
    i64 cp = 0;  // code point position of in[i]

    Translator(const std::string& p, i64 f) : in(p), flags(f) {}

    void emit(const std::string& s, i64 at) {
        out += s;
        where.insert(where.end(), s.size(), at);
    }
    [[noreturn]] void fail(const std::string& msg, i64 at) { raise_error(msg + pos_text(at)); }

    // Leading global flags such as (?i) or (?ax): a, u and L are Python's and handled here.
    std::size_t leading_flags() {
        std::size_t i = 0;
        while (i + 2 < in.size() && in[i] == '(' && in[i + 1] == '?') {
            std::size_t j = i + 2;
            std::string keep;
            i64 f = 0;
            while (j < in.size() && std::strchr("aiLmsux", in[j]) && in[j] != '\0') {
                char c = in[j];
                f |= c == 'a' ? ASCII : c == 'i' ? IGNORECASE : c == 'L' ? LOCALE : c == 'm' ? MULTILINE
                   : c == 's' ? DOTALL : c == 'u' ? UNICODE : VERBOSE;
                ++j;
            }
            if (j == i + 2 || j >= in.size() || in[j] != ')') break;
            if (f & LOCALE) fail("bad inline flags: cannot use 'L' flag with a str pattern", i64(i) + 2);
            if ((f & ASCII) && (f & UNICODE)) fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", i64(i) + 2);
            flags |= f;
            i = j + 1;
        }
        cp = i64(i);
        return i;
    }

    void run() {
        std::size_t i = leading_flags();
        bool in_class = false;
        bool verbose = (flags & VERBOSE) != 0;
        i64 class_start = 0;
        std::size_t class_body = 0;  // index just after '[' or '[^'
        while (i < in.size()) {
            unsigned char c = static_cast<unsigned char>(in[i]);
            i64 here = cp;
            if (c == '\\') {
                i = escape(i, in_class);
                continue;
            }
            if (in_class) {
                if (c == ']' && i != class_body) {
                    in_class = false;
                } else if (c == '[') {
                    emit("\\[", here);  // PCRE2 would read [: as a POSIX class
                    ++i, ++cp;
                    continue;
                }
            } else if (verbose && c == '#') {
                while (i < in.size() && in[i] != '\n') copy_char(i);
                continue;
            } else if (c == '[') {
                in_class = true;
                class_start = here;
                emit("[", here);
                ++i, ++cp;
                if (i < in.size() && in[i] == '^') emit("^", cp), ++i, ++cp;
                class_body = i;
                continue;
            } else if (c == '(') {
                open_parens.push_back(here);
                bool capturing = true;
                if (i + 1 < in.size() && in[i + 1] == '?') {
                    check_extension(i);
                    capturing = i + 3 < in.size() && in[i + 2] == 'P' && in[i + 3] == '<';
                }
                i64 enclosing = 0;
                for (auto it = group_stack.rbegin(); it != group_stack.rend(); ++it) {
                    if (*it) {
                        enclosing = *it;
                        break;
                    }
                }
                if (capturing) {
                    parent.push_back(enclosing);
                    closed.push_back(false);
                    if (in[i + 1] == '?') {
                        std::size_t close = in.find('>', i + 4);
                        if (close != std::string::npos) names.push_back(in.substr(i + 4, close - i - 4));
                    }
                } else if (in.compare(i, 4, "(?P=") == 0) {
                    std::size_t close = in.find(')', i + 4);
                    std::string name = in.substr(i + 4, close == std::string::npos ? std::string::npos : close - i - 4);
                    if (std::find(names.begin(), names.end(), name) == names.end()) {
                        fail("unknown group name '" + name + "'", here + 4);
                    }
                }
                group_stack.push_back(capturing ? i64(parent.size()) - 1 : 0);
            } else if (c == ')') {
                if (open_parens.empty()) fail("unbalanced parenthesis", here);
                open_parens.pop_back();
                if (group_stack.back()) closed[std::size_t(group_stack.back())] = true;
                group_stack.pop_back();
            } else if (c == '{' && i + 1 < in.size() && std::isdigit(static_cast<unsigned char>(in[i + 1]))) {
                std::size_t j = i + 1;
                while (j < in.size() && std::isdigit(static_cast<unsigned char>(in[j]))) ++j;
                std::size_t k = j + 1;
                while (k < in.size() && std::isdigit(static_cast<unsigned char>(in[k]))) ++k;
                if (j < in.size() && in[j] == ',' && k > j + 1 && k < in.size() && in[k] == '}'
                    && std::stoll(in.substr(i + 1, j - i - 1)) > std::stoll(in.substr(j + 1, k - j - 1))) {
                    fail("min repeat greater than max repeat", here + 1);
                }
            } else if (c == '{' && i + 1 < in.size() && in[i + 1] == ',') {
                std::size_t j = i + 2;
                while (j < in.size() && std::isdigit(static_cast<unsigned char>(in[j]))) ++j;
                if (j > i + 2 && j < in.size() && in[j] == '}') {
                    emit("{0", here);  // Python's {,n} is {0,n}; PCRE2 10.42 reads it literally
                    ++i, ++cp;
                    continue;
                }
            }
            copy_char(i);
        }
        if (in_class) fail("unterminated character set", class_start);
        if (!open_parens.empty()) fail("missing ), unterminated subpattern", open_parens.back());
    }

    void copy_char(std::size_t& i) {
        std::size_t n = 1;
        while (i + n < in.size() && is_cont(static_cast<unsigned char>(in[i + n]))) ++n;
        emit(in.substr(i, n), cp);
        i += n;
        ++cp;
    }

    void check_extension(std::size_t i) {
        // i is at "(?": Python knows : P<name> P=name = ! <= <! # ( > and flags
        i64 at = cp + 1;
        if (i + 2 >= in.size()) fail("unexpected end of pattern", at + 1);
        char c = in[i + 2];
        if (c == 'P') {
            if (i + 3 < in.size() && (in[i + 3] == '<' || in[i + 3] == '=')) return;
            if (i + 3 >= in.size()) fail("unexpected end of pattern", at + 2);
            fail(std::string("unknown extension ?P") + in[i + 3], at);
        }
        if (c == '<') {
            if (i + 3 < in.size() && (in[i + 3] == '=' || in[i + 3] == '!')) return;
            if (i + 3 >= in.size()) fail("unexpected end of pattern", at + 2);
            fail(std::string("unknown extension ?<") + in[i + 3], at);
        }
        if (std::strchr(":=!#(>", c)) return;
        if (std::strchr("aiLmsux-", c)) {
            // scoped flags (?i:...) or misplaced global flags
            std::size_t j = i + 2;
            while (j < in.size() && std::strchr("aiLmsux-", in[j])) ++j;
            if (j < in.size() && in[j] == ')') fail("global flags not at the start of the expression", at - 1);
            for (std::size_t k = i + 2; k < j; ++k) {
                if (in[k] == 'a' || in[k] == 'u' || in[k] == 'L') {
                    raise_error("Krait's re does not support the scoped flag '" + std::string(1, in[k]) + "'" + pos_text(at));
                }
            }
            return;
        }
        fail(std::string("unknown extension ?") + c, at);
    }

    std::size_t escape(std::size_t i, bool in_class) {
        i64 here = cp;
        if (i + 1 >= in.size()) fail("bad escape (end of pattern)", here);
        unsigned char c = static_cast<unsigned char>(in[i + 1]);
        if (c >= 0x80) {  // an escaped non-ASCII character is itself
            ++i;
            cp += 1;
            copy_char(i);
            return i;
        }
        std::size_t next = i + 2;
        if (c == 'x' || c == 'u' || c == 'U') {
            std::size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            std::size_t j = i + 2;
            while (j < in.size() && j < i + 2 + n && is_hex(static_cast<unsigned char>(in[j]))) ++j;
            if (j - (i + 2) != n) fail("incomplete escape " + in.substr(i, j - i), here);
            std::string hex = in.substr(i + 2, n);
            if (std::stoul(hex, nullptr, 16) > 0x10FFFF) fail("bad escape " + in.substr(i, j - i), here);
            emit("\\x{" + hex + "}", here);
            cp += i64(j - i);
            return j;
        }
        if (c >= '1' && c <= '9' && !in_class) {
            // a backreference must name a group that is already closed, as Python checks
            std::size_t j = i + 2;
            if (j < in.size() && std::isdigit(static_cast<unsigned char>(in[j]))) ++j;
            i64 g = std::stoll(in.substr(i + 1, j - i - 1));
            if (g >= i64(closed.size())) fail("invalid group reference " + std::to_string(g), here + 1);
            if (!closed[std::size_t(g)]) fail("cannot refer to an open group", here);
            emit(in.substr(i, j - i), here);
            cp += i64(j - i);
            return j;
        }
        if (c == 'N') raise_error("Krait's re does not support \\N{...} escapes" + pos_text(here));
        if (is_ascii_letter(c)) {
            const char* ok = in_class ? "dDsSwWabfnrtv" : "AbBdDsSwWZafnrtv";
            if (!std::strchr(ok, c)) fail(std::string("bad escape \\") + char(c), here);
            bool unicode = !(flags & ASCII);
            if (c == 'Z') emit("\\z", here);
            // Python's Unicode \s is str.isspace, which also counts the separators \x1c-\x1f
            else if (c == 's' && unicode) emit(in_class ? "\\s\\x1c-\\x1f" : "[\\s\\x1c-\\x1f]", here);
            else if (c == 'S' && unicode && !in_class) emit("[^\\s\\x1c-\\x1f]", here);
            else if (c == 'v') emit("\\x0b", here);  // PCRE2's \v is a class of vertical space
            else emit(std::string("\\") + char(c), here);
        } else {
            emit(in.substr(i, 2), here);
        }
        cp += 2;
        return next;
    }
};

// Code point index of byte offset b, counting forward from a known (byte, index) pair.
struct CpCursor {
    const char* data;
    bool ascii;
    i64 byte = 0, index = 0;
    i64 at(i64 b) {
        if (ascii) return b;
        if (b < byte) byte = 0, index = 0;
        for (; byte < b; ++byte) {
            if (!is_cont(static_cast<unsigned char>(data[byte]))) ++index;
        }
        return index;
    }
};

struct CacheEntry {
    str* pattern;
    i64 flags;
    Pattern::Maker make;
    Pattern* compiled;
};
// Static data is a root for the collector, so the cache keeps its patterns alive. The slow cache
// maps a pattern's text to a chain (next_variant_) of its compiled forms, one per flags and type.
constexpr std::size_t kFastCache = 64;
CacheEntry fast_cache[kFastCache];
dict<str*, Pattern*>* slow_cache = nullptr;

pcre2_compile_context* compile_context() {
    static pcre2_compile_context* cx = [] {
        pcre2_compile_context* c = pcre2_compile_context_create(nullptr);
        pcre2_set_newline(c, PCRE2_NEWLINE_LF);
        pcre2_set_bsr(c, PCRE2_BSR_UNICODE);
        return c;
    }();
    return cx;
}

// Python's message for the PCRE2 errors that have one; PCRE2's own text otherwise.
std::string error_text(int code, std::size_t offset, const std::vector<i64>& where, i64 ncp) {
    i64 at = offset < where.size() ? where[offset] : ncp;
    switch (code) {
        case 109:  // quantifier does not follow a repeatable item
            return "nothing to repeat" + pos_text(offset > 0 && offset - 1 < where.size() ? where[offset - 1] : at);
        case 115:  // reference to non-existent subpattern
            return "invalid group reference" + pos_text(at);
        case 114:
            return "missing ), unterminated subpattern" + pos_text(at);
        case 122:
            return "unbalanced parenthesis" + pos_text(at);
        case 143:  // two named subpatterns have the same name
            return "redefinition of group name" + pos_text(at);
        case 104:  // numbers out of order in {} quantifier
            return "min repeat greater than max repeat" + pos_text(at);
        case 125:  // lookbehind assertion is not fixed length
            return "look-behind requires fixed-width pattern";
        default: {
            PCRE2_UCHAR buf[256];
            pcre2_get_error_message(code, buf, sizeof buf);
            return std::string(reinterpret_cast<char*>(buf)) + pos_text(at);
        }
    }
}

// Whether a translated pattern matches an ASCII subject alike with and without PCRE2_UTF|UCP:
// its text is ASCII and its \x{...} escapes name ASCII characters. Then \d \w \s \b and
// caseless letters mean the same on ASCII text (Python's Unicode \s extras \x1c-\x1f are
// spelled out by the translator), and no pattern character can be a non-ASCII one whose
// Unicode case partner is ASCII (the Kelvin sign K, the long s).
bool bytes_equivalent(const std::string& t) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(t[i]);
        if (c >= 0x80) return false;
        if (c == '\\' && i + 1 < t.size()) {
            if (t[i + 1] == 'x' && i + 2 < t.size() && t[i + 2] == '{') {
                std::size_t close = t.find('}', i + 3);
                if (close == std::string::npos) return false;
                if (std::stoul(t.substr(i + 3, close - i - 3), nullptr, 16) >= 0x80) return false;
            }
            ++i;  // the escaped character
        }
    }
    return true;
}

// The characters of a class escape (\d \w \s and their complements) among ASCII ones, as
// Python reads them (Unicode \s also holds \x1c-\x1f; under re.ASCII it does not).
bool class_escape(char e, bool ascii_flag, std::uint8_t* table) {
    bool in[128] = {};
    char lower = char(e | 0x20);
    for (int c = 0; c < 128; ++c) {
        if (lower == 'd') in[c] = c >= '0' && c <= '9';
        else if (lower == 'w') in[c] = std::isalnum(c) || c == '_';
        else if (lower == 's') in[c] = c == ' ' || (c >= '\t' && c <= '\r') || (!ascii_flag && c >= 0x1c && c <= 0x1f);
        else return false;
    }
    bool negate = e != lower;
    for (int c = 0; c < 128; ++c) {
        if (in[c] != negate) table[c] = 1;
    }
    return true;
}

// Recognises a pattern that is one character set repeated with + (`[^A-Za-z]+`, `\s+`, `[\d.]+`),
// optionally as a whole capturing group (`(\s+)`), made only of ASCII literals, ranges and the
// class escapes, without IGNORECASE or VERBOSE. On an ASCII subject its leftmost match is the
// first run of set members, which a table lookup per byte finds without PCRE2 (re.split and
// findall with such patterns make a call per word otherwise). Anything else, including what
// Python would warn about or refuse, is left to PCRE2.
bool parse_set_run(const std::string& p, i64 flags, std::uint8_t* table, int* groups) {
    if (flags & (IGNORECASE | VERBOSE)) return false;
    std::size_t i = 0, n = p.size();
    *groups = 0;
    if (n >= 2 && p[0] == '(' && p[n - 1] == ')') {
        if (p[1] == '?') return false;
        *groups = 1;
        i = 1;
        --n;
    }
    if (n < 2 || p[n - 1] != '+') return false;
    --n;  // the set is p[i, n)
    bool ascii_flag = (flags & ASCII) != 0;
    bool set[128] = {};
    auto literal_escape = [](char e, char& out) {
        static const char controls[] = "t\tn\nr\rf\fv\va\a";
        for (const char* q = controls; *q; q += 2) {
            if (*q == e) return out = q[1], true;
        }
        if (static_cast<unsigned char>(e) < 0x80 && !std::isalnum(static_cast<unsigned char>(e))) return out = e, true;
        return false;
    };
    if (p[i] == '\\') {
        if (i + 2 != n) return false;
        std::uint8_t t[128] = {};
        if (!class_escape(p[i + 1], ascii_flag, t)) return false;
        std::memcpy(table, t, sizeof t);
        return true;
    }
    if (p[i] != '[' || p[n - 1] != ']') return false;
    std::size_t j = i + 1, end = n - 1;
    bool negate = j < end && p[j] == '^';
    if (negate) ++j;
    if (j >= end) return false;
    std::uint8_t esc[128] = {};
    bool first = true;
    while (j < end) {
        unsigned char c = static_cast<unsigned char>(p[j]);
        if (c >= 0x80 || c == '[') return false;
        if (c == ']' && !first) return false;  // a ']' closing early: not one set
        if ((c == '-' || c == '&' || c == '~' || c == '|') && j + 1 < end && p[j + 1] == char(c)) return false;  // set operations Python warns about
        first = false;
        char lo;
        if (c == '\\') {
            if (j + 1 >= end) return false;
            char e = p[j + 1];
            if (class_escape(e, ascii_flag, esc)) {
                if (j + 2 < end && p[j + 2] == '-' && j + 3 < end) return false;  // a range from a class: Python's error
                j += 2;
                continue;
            }
            if (!literal_escape(e, lo)) return false;
            j += 2;
        } else {
            lo = char(c);
            j += 1;
        }
        char hi = lo;
        if (j + 1 < end && p[j] == '-') {
            unsigned char d = static_cast<unsigned char>(p[j + 1]);
            if (d >= 0x80 || d == '[' || d == '\\' || d == ']') return false;
            hi = char(d);
            if (hi < lo) return false;  // "bad character range": PCRE2's path reports it
            j += 2;
        }
        for (int k = static_cast<unsigned char>(lo); k <= static_cast<unsigned char>(hi); ++k) set[k] = true;
    }
    for (int k = 0; k < 128; ++k) table[k] = std::uint8_t((set[k] || esc[k]) != negate);
    return true;
}

/// Bytes [b, b + n) of s as a str (on code point boundaries; s's ASCII-ness as str_impl::piece).
str* piece_of(const str* s, std::size_t b, std::size_t n) {
    // short pieces recur (the words re.split returns, status codes, paths): see shared_ascii
    if (!s->is_ascii()) return str_impl::piece(s, b, n);
    return str_impl::shared_ascii(s->data() + b, n);
}

}  // namespace

// ---- Pattern ----

void Pattern::build() {
    std::string src(pattern_->view());
    Translator t(src, flags_);
    t.run();
    flags_ = t.flags;
    if ((flags_ & ASCII) && (flags_ & UNICODE)) raise_error("ASCII and UNICODE flags are incompatible");
    if (flags_ & LOCALE) raise_error("cannot use LOCALE flag with a str pattern");
    if (!(flags_ & ASCII)) flags_ |= UNICODE;
    options_ = PCRE2_UTF | PCRE2_NO_UTF_CHECK;
    if (!(flags_ & ASCII)) options_ |= PCRE2_UCP;
    if (flags_ & IGNORECASE) options_ |= PCRE2_CASELESS;
    if (flags_ & MULTILINE) options_ |= PCRE2_MULTILINE;
    if (flags_ & DOTALL) options_ |= PCRE2_DOTALL;
    if (flags_ & VERBOSE) options_ |= PCRE2_EXTENDED;
    translated_ = std::move(t.out);
    parent_ = std::move(t.parent);
    int code;
    PCRE2_SIZE offset;
    pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated_.data()), translated_.size(), options_,
                                   &code, &offset, compile_context());
    if (!re) raise_error(error_text(code, offset, t.where, pattern_->len()));
    code_[0] = re;
    jit_[0] = pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0;  // when JIT is unavailable, the interpreter runs
    uint32_t n = 0;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &n);
    ngroups_ = i64(n);
    match_data_ = pcre2_match_data_create_from_pattern(re, nullptr);
    bytes_ok_ = bytes_equivalent(translated_);
    set_run_ = parse_set_run(src, flags_, set_table_, &set_run_groups_) && set_run_groups_ == ngroups_;
}

bool Pattern::exec_set_run(str* s, i64 bstart, i64 blen, int mode, i64* ovec) const {
    const unsigned char* d = reinterpret_cast<const unsigned char*>(s->data());
    i64 j = bstart;
    if (mode == 0) {
        while (j < blen && !set_table_[d[j]]) ++j;
    }
    if (j >= blen || !set_table_[d[j]]) return false;
    i64 k = j + 1;
    while (k < blen && set_table_[d[k]]) ++k;
    if (mode == 2 && k != blen) return false;
    for (i64 g = 0; g <= ngroups_; ++g) ovec[2 * g] = j, ovec[2 * g + 1] = k;
    return true;
}

void Pattern::compile_variant(int variant) {
    // variants 1 and 4 are anchored at the start, 2 and 5 at both ends; 3-5 run on bytes
    uint32_t opts = options_;
    if (variant % 3 == 1) opts |= PCRE2_ANCHORED;
    if (variant % 3 == 2) opts |= PCRE2_ANCHORED | PCRE2_ENDANCHORED;
    if (variant >= 3) opts &= ~uint32_t(PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK);
    int code;
    PCRE2_SIZE offset;
    pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated_.data()), translated_.size(), opts, &code,
                                   &offset, compile_context());
    if (!re && variant >= 3) {  // not expected (bytes_equivalent vets the pattern); the UTF code serves
        bytes_ok_ = false;
        return;
    }
    if (!re) raise_error("internal error compiling an anchored pattern");
    jit_[variant] = pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0;
    code_[variant] = re;
}

Pattern* Pattern::compile(str* pattern, i64 flags, Maker make) {
    std::size_t slot = ((reinterpret_cast<std::uintptr_t>(pattern) >> 4) ^ (reinterpret_cast<std::uintptr_t>(make) >> 4)) % kFastCache;
    CacheEntry& e = fast_cache[slot];
    if (e.pattern == pattern && e.flags == flags && e.make == make) return e.compiled;
    if (!slow_cache) slow_cache = dict<str*, Pattern*>::make_empty();
    Pattern* head = slow_cache->contains(pattern) ? slow_cache->getitem(pattern) : nullptr;
    Pattern* p = head;
    while (p && (p->given_flags_ != flags || p->maker_ != make)) p = p->next_variant_;
    if (!p) {
        p = make ? make(pattern, flags) : gc_new<Pattern>(pattern, flags);
        p->given_flags_ = flags;
        p->maker_ = make;
        p->build();
        p->next_variant_ = head;
        slow_cache->setitem(pattern, p);
    }
    e = CacheEntry{pattern, flags, make, p};
    return p;
}

Pattern* Pattern::compile_pattern(Pattern* p, i64 flags) {
    if (flags != 0) raise_value_error("cannot process flags argument with a compiled pattern");
    return p;
}

void purge() {
    for (CacheEntry& e : fast_cache) e = CacheEntry{nullptr, 0, nullptr, nullptr};
    slow_cache = nullptr;
}

dict<str*, i64>* Pattern::groupindex() const {
    if (groupindex_) return groupindex_;
    auto* d = dict<str*, i64>::make_empty();
    uint32_t count = 0, size = 0;
    PCRE2_SPTR table = nullptr;
    auto* re = static_cast<pcre2_code*>(code_[0]);
    pcre2_pattern_info(re, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(re, PCRE2_INFO_NAMEENTRYSIZE, &size);
    pcre2_pattern_info(re, PCRE2_INFO_NAMETABLE, &table);
    // the table is sorted by name; Python lists names by group number
    std::vector<std::pair<i64, std::string>> names;
    for (uint32_t k = 0; k < count; ++k) {
        PCRE2_SPTR entry = table + std::size_t(k) * size;
        i64 n = (i64(entry[0]) << 8) | entry[1];
        names.emplace_back(n, std::string(reinterpret_cast<const char*>(entry + 2)));
    }
    std::sort(names.begin(), names.end());
    for (auto& [n, name] : names) d->setitem(str::from_utf8(name), n);
    groupindex_ = d;
    return d;
}

bool Pattern::exec(str* s, i64 bstart, i64 blen, int mode, bool notempty_atstart, i64* ovec) {
    if (set_run_ && s->is_ascii()) return exec_set_run(s, bstart, blen, mode, ovec);  // never an empty match
    if (bytes_ok_ && s->is_ascii()) {
        if (!code_[mode + 3]) compile_variant(mode + 3);
        if (bytes_ok_) mode += 3;  // (compile_variant clears it if PCRE2 refused)
    }
    if (!code_[mode]) compile_variant(mode);
    auto* md = static_cast<pcre2_match_data*>(match_data_);
    auto* code = static_cast<pcre2_code*>(code_[mode]);
    auto* subject = reinterpret_cast<PCRE2_SPTR>(s->data());
    uint32_t notempty = notempty_atstart ? PCRE2_NOTEMPTY_ATSTART : 0u;
    // a str holds valid UTF-8: without NO_UTF_CHECK PCRE2 would validate the whole subject on
    // every call, making a scan over a long string quadratic. The JIT entry point skips that
    // check and pcre2_match's other argument checks (one call per match of a finditer or sub).
    int rc = jit_[mode] ? pcre2_jit_match(code, subject, PCRE2_SIZE(blen), PCRE2_SIZE(bstart), notempty, md, nullptr)
                        : pcre2_match(code, subject, PCRE2_SIZE(blen), PCRE2_SIZE(bstart), PCRE2_NO_UTF_CHECK | notempty,
                                      md, nullptr);
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    if (rc < 0) {
        PCRE2_UCHAR buf[256];
        pcre2_get_error_message(rc, buf, sizeof buf);
        throw gc_new<RuntimeError>(str::from_cstr(reinterpret_cast<char*>(buf)));
    }
    PCRE2_SIZE* v = pcre2_get_ovector_pointer(md);
    i64 n = 2 * (ngroups_ + 1);
    for (i64 k = 0; k < n; ++k) ovec[k] = k < 2 * i64(rc) && v[k] != PCRE2_UNSET ? i64(v[k]) : -1;
    return true;
}

namespace {
// Python clamps pos and endpos into [0, len]; returns byte offsets.
void clamp_span(str* s, i64 pos, std::optional<i64> endpos, i64& pos_cp, i64& end_cp, i64& bpos, i64& bend) {
    i64 n = s->len();
    pos_cp = pos < 0 ? 0 : pos > n ? n : pos;
    end_cp = !endpos ? n : *endpos < 0 ? 0 : *endpos > n ? n : *endpos;
    bpos = s->byte_offset(pos_cp);
    bend = s->byte_offset(end_cp);
}

}  // namespace

void Pattern::to_spans(str* s, const i64* ovec, i64* spans) const {
    i64 n = 2 * (ngroups_ + 1);
    if (s->is_ascii()) {
        for (i64 k = 0; k < n; ++k) spans[k] = ovec[k];
        return;
    }
    CpCursor cur{s->data(), false};
    for (i64 k = 0; k < n; ++k) spans[k] = ovec[k] < 0 ? -1 : cur.at(ovec[k]);
}

Match* Pattern::run(str* s, i64 pos, std::optional<i64> endpos, int mode) {
    i64 pos_cp, end_cp, bpos, bend;
    clamp_span(s, pos, endpos, pos_cp, end_cp, bpos, bend);
    if (pos_cp > end_cp) return nullptr;
    // the offsets of a typical pattern's groups fit on the stack (re.search per line)
    i64 small[16];
    std::vector<i64> big;
    std::size_t n = std::size_t(2 * (ngroups_ + 1));
    i64* ovec = small;
    if (n > 16) {
        big.resize(n);
        ovec = big.data();
    }
    if (!exec(s, bpos, bend, mode, false, ovec)) return nullptr;
    return new_match(s, pos_cp, end_cp, ovec);
}

Pattern::Scan::Scan(Pattern* p, str* s, i64 pos, std::optional<i64> endpos) : p_(p), s_(s) {
    i64 pos_cp, end_cp;
    clamp_span(s, pos, endpos, pos_cp, end_cp, bsearch_, blen_);
    pos_ = pos_cp;
    endpos_ = end_cp;
    done_ = pos_cp > end_cp;
    ovec_ = static_cast<i64*>(gc_alloc_atomic(std::size_t(2 * (p->ngroups_ + 1)) * sizeof(i64)));
}

bool Pattern::Scan::next() {
    if (done_ || bsearch_ > blen_) return false;
    if (!p_->exec(s_, bsearch_, blen_, 0, must_advance_, ovec_)) {
        done_ = true;
        return false;
    }
    must_advance_ = ovec_[1] == ovec_[0];
    bsearch_ = ovec_[1];
    return true;
}

str* Pattern::Scan::group(i64 g) const {
    i64 a = ovec_[2 * g], b = ovec_[2 * g + 1];
    if (a < 0) return nullptr;
    return piece_of(s_, std::size_t(a), std::size_t(b - a));
}

Match* Pattern::Scan::make_match() const { return p_->new_match(s_, pos_, endpos_, ovec_); }

list<str*>* Pattern::findall(str* s, i64 pos, std::optional<i64> endpos) {
    check_findall_groups(ngroups_ > 1 ? 2 : 1);
    list<str*>* out = list<str*>::make_empty();
    Scan scan(this, s, pos, endpos);
    i64 g = ngroups_ == 0 ? 0 : 1;
    while (scan.next()) out->append(scan.group_or_empty(g));
    return out;
}

void Pattern::check_findall_groups(std::size_t n) const {
    // the result type was chosen from the pattern at compile time: a mismatch is a Krait bug
    bool ok = n == 1 ? ngroups_ <= 1 : i64(n) == ngroups_;
    if (!ok) raise_error("findall: the pattern has " + std::to_string(ngroups_) + " groups, not the " + std::to_string(n) + " its result type was chosen for");
}

list<str*>* Pattern::split(str* s, i64 maxsplit) {
    list<str*>* out = list<str*>::make_empty();
    if (set_run_ && ngroups_ == 0 && maxsplit <= 0 && s->is_ascii()) {
        // the runs of set members by table, as exec_set_run finds them, without a call per piece
        const unsigned char* d = reinterpret_cast<const unsigned char*>(s->data());
        std::size_t n = std::size_t(s->nbytes()), last = 0, j = 0;
        while (true) {
            while (j < n && !set_table_[d[j]]) ++j;
            if (j >= n) break;
            std::size_t k = j + 1;
            while (k < n && set_table_[d[k]]) ++k;
            out->append(piece_of(s, last, j - last));
            last = j = k;
        }
        out->append(piece_of(s, last, n - last));
        return out;
    }
    Scan scan(this, s, 0, std::nullopt);
    i64 last = 0, n = 0;
    while ((maxsplit <= 0 || n < maxsplit) && scan.next()) {
        out->append(piece_of(s, std::size_t(last), std::size_t(scan.bstart() - last)));
        for (i64 g = 1; g <= ngroups_; ++g) {
            str* t = scan.group(g);
            if (!t) raise_error("Krait's re.split cannot return None for a group that did not take part (use a default-free pattern)");
            out->append(t);
        }
        last = scan.bend();
        ++n;
    }
    out->append(piece_of(s, std::size_t(last), std::size_t(s->nbytes() - last)));
    return out;
}

// ---- replacement templates (Python's rules, Lib/re/_parser.py parse_template) ----

namespace {
bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

void append_cp(std::string& out, uint32_t c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

bool is_identifier(const std::string& s) {
    if (s.empty() || is_digit(s[0])) return false;
    for (unsigned char c : s) {
        if (!(std::isalnum(c) || c == '_' || c >= 0x80)) return false;
    }
    return true;
}

Template parse_template_text(Pattern* p, str* repl) {
    Template t;
    t.literals.emplace_back();
    const std::string src(repl->view());
    i64 ngroups = p->groups();
    auto add_group = [&](i64 g) {
        t.groups.push_back(g);
        t.literals.emplace_back();
    };
    // positions in messages count code points; templates are almost always ASCII
    auto cp_at = [&](std::size_t i) {
        i64 n = 0;
        for (std::size_t k = 0; k < i; ++k) n += is_cont(static_cast<unsigned char>(src[k])) ? 0 : 1;
        return n;
    };
    std::size_t i = 0;
    while (i < src.size()) {
        char c = src[i];
        if (c != '\\') {
            t.literals.back() += c;
            ++i;
            continue;
        }
        std::size_t at = i;
        if (i + 1 >= src.size()) raise_error("bad escape (end of pattern)" + pos_text(cp_at(at)));
        char d = src[i + 1];
        i += 2;
        if (d == 'g') {
            if (i >= src.size() || src[i] != '<') {
                raise_error(std::string(i >= src.size() ? "missing <" : "missing <") + pos_text(cp_at(i)));
            }
            std::size_t close = src.find('>', i + 1);
            if (close == std::string::npos) raise_error("missing >, unterminated name" + pos_text(cp_at(i + 1)));
            std::string name = src.substr(i + 1, close - i - 1);
            if (name.empty()) raise_error("missing group name" + pos_text(cp_at(i + 1)));
            i64 g;
            bool numeric = !name.empty() && std::all_of(name.begin(), name.end(), [](char ch) { return is_digit(ch); });
            if (numeric) {
                g = std::stoll(name.size() > 18 ? std::string("999999999999999999") : name);
                if (g > ngroups) raise_error("invalid group reference " + name + pos_text(cp_at(i + 1)));
            } else {
                if (!is_identifier(name)) raise_error("bad character in group name '" + name + "'" + pos_text(cp_at(i + 1)));
                dict<str*, i64>* index = p->groupindex();
                str* key = str::from_utf8(name);
                if (!index->contains(key)) throw gc_new<IndexError>(str::from_utf8("unknown group name '" + name + "'"));
                g = index->getitem(key);
            }
            add_group(g);
            i = close + 1;
        } else if (d == '0') {
            uint32_t v = 0;
            int k = 0;
            while (k < 2 && i < src.size() && is_octal(src[i])) v = v * 8 + uint32_t(src[i] - '0'), ++i, ++k;
            append_cp(t.literals.back(), v);
        } else if (is_digit(d)) {
            if (i < src.size() && is_digit(src[i])) {
                if (is_octal(d) && is_octal(src[i]) && i + 1 < src.size() && is_octal(src[i + 1])) {
                    uint32_t v = uint32_t(d - '0') * 64 + uint32_t(src[i] - '0') * 8 + uint32_t(src[i + 1] - '0');
                    if (v > 0377) {
                        raise_error("octal escape value \\" + src.substr(at + 1, 3) + " outside of range 0-0o377" + pos_text(cp_at(at)));
                    }
                    append_cp(t.literals.back(), v);
                    i += 2;
                    continue;
                }
                i64 g = i64(d - '0') * 10 + i64(src[i] - '0');
                ++i;
                if (g > ngroups) raise_error("invalid group reference " + std::to_string(g) + pos_text(cp_at(at + 1)));
                add_group(g);
            } else {
                i64 g = i64(d - '0');
                if (g > ngroups) raise_error("invalid group reference " + std::to_string(g) + pos_text(cp_at(at + 1)));
                add_group(g);
            }
        } else {
            const char* escapes = "a\ab\bf\fn\nr\rt\tv\v\\\\";
            const char* e = nullptr;
            for (const char* q = escapes; *q; q += 2) {
                if (*q == d) e = q;
            }
            if (e) {
                t.literals.back() += e[1];
            } else if (is_ascii_letter(static_cast<unsigned char>(d))) {
                raise_error(std::string("bad escape \\") + d + pos_text(cp_at(at)));
            } else {
                t.literals.back() += '\\';
                t.literals.back() += d;
            }
        }
    }
    return t;
}

void append_literal(str_builder& out, const std::string& lit) {
    out.append(lit.data(), lit.size(), unicode::is_ascii(lit.data(), lit.size()));
}

void append_template(str_builder& out, const Template& t, str* s, const i64* spans_bytes) {
    for (std::size_t k = 0; k < t.groups.size(); ++k) {
        append_literal(out, t.literals[k]);
        i64 g = t.groups[k];
        i64 a = spans_bytes[2 * g], b = spans_bytes[2 * g + 1];
        if (a >= 0) out.append_bytes_of(s, a, b);
    }
    append_literal(out, t.literals.back());
}
}  // namespace

const Template& Pattern::parse_template(str* repl) {
    if (last_template_ && str_eq(last_repl_, repl)) return *last_template_;
    auto* t = new Template(parse_template_text(this, repl));
    delete last_template_;
    last_template_ = t;
    last_repl_ = repl;
    return *t;
}

std::tuple<str*, i64> Pattern::subn(str* repl, str* s, i64 count) {
    const Template& t = parse_template(repl);
    str_builder out(std::size_t(s->nbytes()));
    i64 n = 0, last = 0;
    Scan scan(this, s, 0, std::nullopt);
    while ((count <= 0 || n < count) && scan.next()) {
        out.append_bytes_of(s, last, scan.bstart());
        append_template(out, t, s, scan.ovec());
        last = scan.bend();
        ++n;
    }
    if (n == 0) return {s, 0};
    out.append_bytes_of(s, last, s->nbytes());
    return {out.finish(), n};
}

str* Pattern::repr_() const {
    std::string out = "re.compile(";
    append_str_repr(out, pattern_->len() > 200 ? pattern_->slice(0, 200) : pattern_);
    static const std::pair<i64, const char*> names[] = {
        {IGNORECASE, "re.IGNORECASE"}, {LOCALE, "re.LOCALE"}, {MULTILINE, "re.MULTILINE"},
        {DOTALL, "re.DOTALL"}, {UNICODE, "re.UNICODE"}, {VERBOSE, "re.VERBOSE"}, {ASCII, "re.ASCII"}};
    i64 f = flags_ & ~UNICODE;  // implied for str patterns
    if (f) {
        out += ", ";
        bool first = true;
        for (auto& [bit, name] : names) {
            if (f & bit) {
                if (!first) out += '|';
                out += name;
                first = false;
            }
        }
    }
    out += ')';
    return str::from_utf8(out);
}

// ---- Match ----

str* Match::group(i64 n) const {
    checked(n);
    i64 a = spans_[2 * n], b = spans_[2 * n + 1];
    if (a < 0) return nullptr;
    if (string_->is_ascii()) return piece_of(string_, std::size_t(a), std::size_t(b - a));
    return string_->slice(a, b);
}

i64 Pattern::group_index_slow(str* name, std::size_t slot) {
    dict<str*, i64>* index = groupindex();
    if (!index->contains(name)) raise_index_error("no such group");
    i64 g = index->getitem(name);
    name_cache_[slot] = name;
    name_index_[slot] = g;
    return g;
}

std::optional<i64> Match::lastindex() const {
    // the group that closed last: the one with the greatest end; on a tie an enclosing group
    // closes after the groups inside it, and otherwise the later group closes last
    auto encloses = [&](i64 outer, i64 inner) {
        for (i64 g = inner; g > 0 && std::size_t(g) < re_->parent_.size(); g = re_->parent_[std::size_t(g)]) {
            if (re_->parent_[std::size_t(g)] == outer) return true;
        }
        return false;
    };
    i64 best = -1, best_end = -1;
    for (i64 g = 1; g <= ngroups_; ++g) {
        i64 a = spans_[2 * g], e = spans_[2 * g + 1];
        if (a < 0) continue;
        if (e > best_end || (e == best_end && !encloses(best, g))) best = g, best_end = e;
    }
    if (best < 0) return std::nullopt;
    return best;
}

str* Match::lastgroup() const {
    std::optional<i64> li = lastindex();
    if (!li) return nullptr;
    for (auto& kv : *re_->groupindex()) {
        if (re_->groupindex()->getitem(kv) == *li) return kv;
    }
    return nullptr;
}

void Match::check_group_count(std::size_t n) const {
    if (i64(n) != ngroups_) {
        raise_error("groups(): the pattern has " + std::to_string(ngroups_) + " groups, not the " + std::to_string(n) + " its result type was chosen for");
    }
}

list<str*>* Match::groups_list(str* dflt) const {
    list<str*>* out = list<str*>::make_empty();
    for (i64 g = 1; g <= ngroups_; ++g) out->append(group_or(g, dflt));
    return out;
}

dict<str*, str*>* Match::groupdict(str* dflt) const {
    auto* d = dict<str*, str*>::make_empty();
    for (str* name : *re_->groupindex()) d->setitem(name, group_or(re_->groupindex()->getitem(name), dflt));
    return d;
}

str* Match::expand(str* tmpl) const {
    const Template& t = re_->parse_template(tmpl);
    std::string out;
    for (std::size_t k = 0; k < t.groups.size(); ++k) {
        out += t.literals[k];
        str* g = group(t.groups[k]);
        if (g) out += g->view();
    }
    out += t.literals.back();
    return str::from_utf8(out);
}

str* Match::repr_() const {
    std::string out = "<re.Match object; span=(" + std::to_string(spans_[0]) + ", " + std::to_string(spans_[1]) + "), match=";
    append_str_repr(out, group(i64(0)));
    out += '>';
    return str::from_utf8(out);
}

// ---- module functions ----

str* escape(str* s) {
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    std::string out;
    out.reserve(std::size_t(s->nbytes()));
    for (char c : s->view()) {
        if (c != '\0' && std::strchr(special, c)) out += '\\';
        out += c;
    }
    return str::from_utf8(out);
}

}  // namespace krait::re
