// str_add_ints.cpp -- a chain of str `+` with int operands formatted in place (str_add_ints.h).
#include "krait/str_add_ints.h"

#include <vector>

#include "krait/exceptions.h"
#include "str_impl.h"

namespace krait {

namespace {
/// The operand as a str of its own (an int's digits become one).
str* part_str(const str_add_item& it) {
    return it.is_int ? str_impl::make_ascii(it.digits, it.ndigits) : const_cast<str*>(it.s);
}
}  // namespace

str* str_add_items(const str_add_item* items, std::size_t n) {
    std::size_t total = 0, nchars = 0, nonempty = 0, only = 0;
    bool ascii = true;
    for (std::size_t i = 0; i < n; ++i) {
        const str_add_item& it = items[i];
        std::size_t len;
        if (it.is_int) {
            len = it.ndigits;
            nchars += len;
        } else {
            if (KRAIT_UNLIKELY(!it.s)) raise_type_error("can only concatenate str (not \"NoneType\") to str");
            len = std::size_t(it.s->nbytes());
            nchars += std::size_t(it.s->len());
            ascii = ascii && it.s->is_ascii();
        }
        total += len;
        if (len != 0) ++nonempty, only = i;
    }
    if (nonempty == 0) return str::empty();
    if (nonempty == 1) return part_str(items[only]);  // str is immutable: share the one str part
    if (ascii && total >= 128) {
        // long results may grow in place (s = s + str(i) + ","): str_add_many's representation
        // (128: str.cpp's kAppendableFrom; shorter results are exact-size strs there too)
        std::vector<str*> parts(n);
        for (std::size_t i = 0; i < n; ++i) parts[i] = part_str(items[i]);
        return str_add_many(parts.data(), n);
    }
    str* s = str_impl::alloc(total, nchars);
    char* out = str_impl::mutable_data(s);
    for (std::size_t i = 0; i < n; ++i) {
        const str_add_item& it = items[i];
        if (it.is_int) {
            copy_bytes(out, it.digits, it.ndigits);
            out += it.ndigits;
        } else {
            copy_bytes(out, it.s->data(), std::size_t(it.s->nbytes()));
            out += it.s->nbytes();
        }
    }
    str_impl::finish(s);
    return s;
}

}  // namespace krait
