// string_module.cpp -- the string module (see string_module.h).
#include "krait/string_module.h"

#include <string>

namespace krait::stringmod {

namespace {
// each constant is made once; static storage keeps it reachable for the collector
str* constant(str*& slot, const char* text) {
    if (!slot) slot = str::from_cstr(text);
    return slot;
}
str* g_letters;
str* g_lower;
str* g_upper;
str* g_digits;
str* g_hex;
str* g_oct;
str* g_punct;
str* g_space;
str* g_printable;
}  // namespace

str* ascii_letters() { return constant(g_letters, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"); }
str* ascii_lowercase() { return constant(g_lower, "abcdefghijklmnopqrstuvwxyz"); }
str* ascii_uppercase() { return constant(g_upper, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"); }
str* digits() { return constant(g_digits, "0123456789"); }
str* hexdigits() { return constant(g_hex, "0123456789abcdefABCDEF"); }
str* octdigits() { return constant(g_oct, "01234567"); }
str* punctuation() { return constant(g_punct, "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"); }
str* whitespace() { return constant(g_space, " \t\n\r\x0b\x0c"); }
str* printable() {
    return constant(g_printable,
                    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c");
}

str* capwords(str* s, str* sep) {
    list<str*>* words = s->split(sep, -1);
    for (i64 i = 0; i < words->len(); ++i) words->at(i) = words->at(i)->capitalize();
    str* joiner = sep && sep->nbytes() > 0 ? sep : str::from_ascii_char(' ');
    return joiner->join(words);
}

namespace {
bool id_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool id_char(char c) { return id_start(c) || (c >= '0' && c <= '9'); }

// Template's ValueError names the line and column (1-based) of the character after the bad '$',
// counted in code points over the template's text before it, as CPython does with splitlines().
[[noreturn]] void invalid_placeholder(str* tpl, std::size_t byte_pos) {
    str* before = str::from_utf8(tpl->data(), byte_pos);
    list<str*>* lines = before->splitlines(true);
    i64 lineno = 1;
    i64 colno = 1;
    if (lines->len() > 0) {
        lineno = lines->len();
        colno = lines->at(lines->len() - 1)->len();
    }
    std::string msg = "Invalid placeholder in string: line " + std::to_string(lineno) + ", col " +
                      std::to_string(colno);
    raise_value_error(str::from_utf8(msg));
}
}  // namespace

str* template_expand(str* tpl, bool safe, const std::function<str*(str*)>& lookup) {
    std::string_view t = tpl->view();
    std::string out;
    std::size_t i = 0;
    while (i < t.size()) {
        char c = t[i];
        if (c != '$') {
            out.push_back(c);
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        if (j < t.size() && t[j] == '$') {
            out.push_back('$');
            i = j + 1;
            continue;
        }
        std::size_t name_start = 0;
        std::size_t name_end = 0;
        std::size_t next = 0;
        if (j < t.size() && id_start(t[j])) {
            name_start = j;
            name_end = j + 1;
            while (name_end < t.size() && id_char(t[name_end])) ++name_end;
            next = name_end;
        } else if (j + 1 < t.size() && t[j] == '{' && id_start(t[j + 1])) {
            std::size_t k = j + 2;
            while (k < t.size() && id_char(t[k])) ++k;
            if (k < t.size() && t[k] == '}') {
                name_start = j + 1;
                name_end = k;
                next = k + 1;
            }
        }
        if (next == 0) {
            // neither escaped nor a (braced) identifier: the invalid group, empty, just after the '$'
            if (!safe) invalid_placeholder(tpl, j);
            out.push_back('$');
            i = j;
            continue;
        }
        str* name = str::from_utf8(t.substr(name_start, name_end - name_start));
        str* value = lookup(name);
        if (value) {
            out.append(value->view());
        } else if (safe) {
            out.append(t.substr(i, next - i));
        } else {
            raise_key_error(repr_of(name));
        }
        i = next;
    }
    return str::from_utf8(out);
}

}  // namespace krait::stringmod
