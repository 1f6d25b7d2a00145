// textwrap_module.h -- Python's textwrap module: wrap, fill, shorten, dedent, indent, following
// CPython's Lib/textwrap.py (TextWrapper's chunking and line filling) step for step.
#pragma once

#include <optional>

#include "krait/list.h"
#include "krait/str.h"

namespace krait::textwrap {

/// The TextWrapper attributes a call may set; nullptr strings take CPython's defaults.
struct Options {
    i64 width = 70;
    str* initial_indent = nullptr;
    str* subsequent_indent = nullptr;
    bool break_long_words = true;
    bool break_on_hyphens = true;
    bool drop_whitespace = true;
    bool expand_tabs = true;
    bool replace_whitespace = true;
    i64 tabsize = 8;
    std::optional<i64> max_lines;
    str* placeholder = nullptr;
};

list<str*>* wrap_with(str* text, const Options& o);

inline Options make_options(i64 width, str* initial_indent, str* subsequent_indent, bool break_long_words,
                            bool break_on_hyphens, bool drop_whitespace, bool expand_tabs, bool replace_whitespace,
                            i64 tabsize, std::optional<i64> max_lines, str* placeholder) {
    Options o;
    o.width = width;
    o.initial_indent = initial_indent;
    o.subsequent_indent = subsequent_indent;
    o.break_long_words = break_long_words;
    o.break_on_hyphens = break_on_hyphens;
    o.drop_whitespace = drop_whitespace;
    o.expand_tabs = expand_tabs;
    o.replace_whitespace = replace_whitespace;
    o.tabsize = tabsize;
    o.max_lines = max_lines;
    o.placeholder = placeholder;
    return o;
}

inline list<str*>* wrap(str* text, i64 width, str* initial_indent, str* subsequent_indent, bool break_long_words,
                        bool break_on_hyphens, bool drop_whitespace, bool expand_tabs, bool replace_whitespace,
                        i64 tabsize, std::optional<i64> max_lines, str* placeholder) {
    return wrap_with(text, make_options(width, initial_indent, subsequent_indent, break_long_words, break_on_hyphens,
                                        drop_whitespace, expand_tabs, replace_whitespace, tabsize, max_lines,
                                        placeholder));
}

inline str* fill(str* text, i64 width, str* initial_indent, str* subsequent_indent, bool break_long_words,
                 bool break_on_hyphens, bool drop_whitespace, bool expand_tabs, bool replace_whitespace, i64 tabsize,
                 std::optional<i64> max_lines, str* placeholder) {
    list<str*>* lines = wrap(text, width, initial_indent, subsequent_indent, break_long_words, break_on_hyphens,
                             drop_whitespace, expand_tabs, replace_whitespace, tabsize, max_lines, placeholder);
    return str::from_ascii_char('\n')->join(lines);
}

str* shorten(str* text, i64 width, str* initial_indent, str* subsequent_indent, bool break_long_words,
             bool break_on_hyphens, bool drop_whitespace, bool expand_tabs, bool replace_whitespace, i64 tabsize,
             str* placeholder);
str* dedent(str* text);
str* indent(str* text, str* prefix);

}  // namespace krait::textwrap
