// string_module.h -- Python's string module: its constants, capwords and Template.
#pragma once

#include <functional>

#include "krait/builtins.h"
#include "krait/dict.h"
#include "krait/list.h"
#include "krait/object.h"
#include "krait/ops.h"
#include "krait/str.h"

namespace krait::stringmod {

str* ascii_letters();
str* ascii_lowercase();
str* ascii_uppercase();
str* digits();
str* hexdigits();
str* octdigits();
str* punctuation();
str* whitespace();
str* printable();
/// capwords(s, sep=None): split, capitalize each word, join with sep (or one space).
str* capwords(str* s, str* sep = nullptr);

/// Expands the $-placeholders of a Template (CPython's pattern: $$, $identifier, ${identifier},
/// ASCII identifiers). lookup returns nullptr for a missing name: substitute raises KeyError,
/// safe_substitute keeps the placeholder's text.
str* template_expand(str* tpl, bool safe, const std::function<str*(str*)>& lookup);

/// string.Template: a template string and its substitute methods.
class Template final : public Object {
public:
    static Template* make(str* tpl) {
        auto* t = gc_new<Template>();
        t->template_ = tpl;
        return t;
    }
    const char* class_name() const override { return "Template"; }
    const char* module_name() const override { return "string"; }
    str* get_template() const { return template_; }

    // any key type: an empty {} literal may be typed dict[int, int], and a dict whose keys are not
    // str holds no placeholder name
    template <class K, class V>
    str* substitute(dict<K, V>* mapping) { return expand(mapping, false); }
    template <class K, class V>
    str* safe_substitute(dict<K, V>* mapping) { return expand(mapping, true); }

private:
    template <class K, class V>
    str* expand(dict<K, V>* mapping, bool safe) {
        return template_expand(template_, safe, [mapping](str* name) -> str* {
            if constexpr (std::is_same_v<K, str*>) {
                if (mapping->contains(name)) return str_of(mapping->getitem(name));
            }
            return nullptr;
        });
    }
    str* template_ = nullptr;
};

template <class... A>
str* template_expand_kw(Template* t, bool safe, const named_arg<A>&... a) {
    return template_expand(t->get_template(), safe, [&](str* name) -> str* {
        str* found = nullptr;
        // the last of equal names would be a Python syntax error, so the first match is the one
        ((found == nullptr && name->view() == std::string_view(a.name) ? (found = str_of(a.value)) : found), ...);
        return found;
    });
}
/// t.substitute(name=value, ...)
template <class... A>
str* template_substitute_kw(Template* t, const named_arg<A>&... a) { return template_expand_kw(t, false, a...); }
/// t.safe_substitute(name=value, ...)
template <class... A>
str* template_safe_substitute_kw(Template* t, const named_arg<A>&... a) { return template_expand_kw(t, true, a...); }

}  // namespace krait::stringmod
