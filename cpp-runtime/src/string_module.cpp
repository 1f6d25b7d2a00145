// string_module.cpp -- the string module (see string_module.h).
#include "krait/string_module.h"

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

}  // namespace krait::stringmod
