// textwrap_module.cpp -- the textwrap module (see textwrap_module.h). Text is handled as code
// points so that widths count characters as Python's len() does.
#include "krait/textwrap_module.h"

#include <string>
#include <vector>

#include "unicode.h"

namespace krait::textwrap {

namespace {

using u32 = std::u32string;

u32 decode(str* s) { return unicode::decode_all(s->data(), std::size_t(s->nbytes())); }

str* encode(const u32& s) { return str::from_utf8(unicode::encode_all(s)); }

u32 decode_or(str* s, const char* fallback) { return s ? decode(s) : decode(str::from_cstr(fallback)); }

// textwrap's _whitespace: the six ASCII whitespace characters only
bool is_ws(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\x0b' || c == '\x0c' || c == '\r'; }
bool is_word(char32_t c) { return c == '_' || unicode::is_alpha(c) || unicode::is_numeric(c); }
// [^\d\W]: a word character that is not a decimal digit
bool is_letter(char32_t c) { return is_word(c) && !unicode::is_decimal(c); }
// the word punctuation class [\w!"'&.,?]
bool is_wordpunct(char32_t c) {
    return is_word(c) || c == '!' || c == '"' || c == '\'' || c == '&' || c == '.' || c == ',' || c == '?';
}

// str.strip() == '' over Python's whitespace
bool blank(const u32& s) {
    for (char32_t c : s)
        if (!unicode::is_space(c)) return false;
    return true;
}

// -{2,}\w at position i
bool em_dash_at(const u32& t, std::size_t i) {
    std::size_t j = i;
    while (j < t.size() && t[j] == '-') ++j;
    return j - i >= 2 && j < t.size() && is_word(t[j]);
}

bool letter_at(const u32& t, long i) { return i >= 0 && std::size_t(i) < t.size() && is_letter(t[std::size_t(i)]); }

// The length of the chunk TextWrapper.wordsep_re matches at p (its three alternatives in order).
std::size_t chunk_at(const u32& t, std::size_t p) {
    std::size_t n = t.size();
    if (is_ws(t[p])) {
        std::size_t j = p;
        while (j < n && is_ws(t[j])) ++j;
        return j - p;
    }
    if (p > 0 && is_wordpunct(t[p - 1]) && t[p] == '-' && em_dash_at(t, p)) {
        std::size_t j = p;
        while (t[j] == '-') ++j;
        return j - p;
    }
    // a lazy run of non-whitespace, ended by a hyphen inside a word, the end of the word, or an em-dash
    for (std::size_t e = p + 1;; ++e) {
        if (e < n && t[e] == '-') {
            long h = long(e);
            bool behind = (letter_at(t, h - 2) && letter_at(t, h - 1)) ||
                          (letter_at(t, h - 3) && h - 2 >= 0 && t[std::size_t(h - 2)] == '-' && letter_at(t, h - 1));
            bool ahead = letter_at(t, h + 1) &&
                         (letter_at(t, h + 2) || (h + 2 < long(n) && t[std::size_t(h + 2)] == '-' && letter_at(t, h + 3)));
            if (behind && ahead) return e + 1 - p;
        }
        if (e == n || is_ws(t[e])) return e - p;
        if (is_wordpunct(t[e - 1]) && t[e] == '-' && em_dash_at(t, e)) return e - p;
    }
}

std::vector<u32> split_chunks(u32 text, const Options& o) {
    if (o.expand_tabs) text = decode(encode(text)->expandtabs(o.tabsize));
    if (o.replace_whitespace)
        for (char32_t& c : text)
            if (is_ws(c)) c = ' ';
    std::vector<u32> chunks;
    if (o.break_on_hyphens) {
        for (std::size_t p = 0; p < text.size();) {
            std::size_t k = chunk_at(text, p);
            chunks.push_back(text.substr(p, k));
            p += k;
        }
    } else {
        // wordsep_simple_re: runs of whitespace and runs of anything else
        for (std::size_t p = 0; p < text.size();) {
            bool w = is_ws(text[p]);
            std::size_t j = p;
            while (j < text.size() && is_ws(text[j]) == w) ++j;
            chunks.push_back(text.substr(p, j - p));
            p = j;
        }
    }
    return chunks;
}

u32 rstrip(const u32& s) {
    std::size_t e = s.size();
    while (e > 0 && unicode::is_space(s[e - 1])) --e;
    return s.substr(0, e);
}

u32 lstrip(const u32& s) {
    std::size_t b = 0;
    while (b < s.size() && unicode::is_space(s[b])) ++b;
    return s.substr(b);
}

void handle_long_word(std::vector<u32>& chunks, std::vector<u32>& cur_line, long cur_len, long width,
                      const Options& o) {
    long space_left = width < 1 ? 1 : width - cur_len;
    if (o.break_long_words) {
        long end = space_left;
        u32& chunk = chunks.back();
        if (o.break_on_hyphens && long(chunk.size()) > space_left) {
            long hyphen = -1;
            for (long i = std::min<long>(space_left, long(chunk.size())) - 1; i >= 0; --i)
                if (chunk[std::size_t(i)] == '-') {
                    hyphen = i;
                    break;
                }
            if (hyphen > 0) {
                bool other = false;
                for (long i = 0; i < hyphen; ++i)
                    if (chunk[std::size_t(i)] != '-') other = true;
                if (other) end = hyphen + 1;
            }
        }
        std::size_t cut = std::min<std::size_t>(std::size_t(std::max<long>(end, 0)), chunk.size());
        cur_line.push_back(chunk.substr(0, cut));
        chunk = chunk.substr(cut);
    } else if (cur_line.empty()) {
        cur_line.push_back(chunks.back());
        chunks.pop_back();
    }
}

u32 joined(const u32& indent, const std::vector<u32>& parts) {
    u32 out = indent;
    for (const u32& p : parts) out += p;
    return out;
}

std::vector<u32> wrap_chunks(std::vector<u32> chunks, const Options& o) {
    std::vector<u32> lines;
    u32 initial = decode_or(o.initial_indent, "");
    u32 subsequent = decode_or(o.subsequent_indent, "");
    u32 placeholder = decode_or(o.placeholder, " [...]");
    if (o.width <= 0) {
        std::string msg = "invalid width " + std::to_string(o.width) + " (must be > 0)";
        raise_value_error(str::from_utf8(msg));
    }
    if (o.max_lines) {
        const u32& ind = *o.max_lines > 1 ? subsequent : initial;
        if (long(ind.size() + lstrip(placeholder).size()) > o.width)
            raise_value_error("placeholder too large for max width");
    }
    std::vector<u32> rev(chunks.rbegin(), chunks.rend());
    while (!rev.empty()) {
        std::vector<u32> cur_line;
        long cur_len = 0;
        const u32& indent = lines.empty() ? initial : subsequent;
        long width = long(o.width) - long(indent.size());
        if (o.drop_whitespace && blank(rev.back()) && !lines.empty()) rev.pop_back();
        while (!rev.empty()) {
            long l = long(rev.back().size());
            if (cur_len + l <= width) {
                cur_line.push_back(rev.back());
                rev.pop_back();
                cur_len += l;
            } else {
                break;
            }
        }
        if (!rev.empty() && long(rev.back().size()) > width) {
            handle_long_word(rev, cur_line, cur_len, width, o);
            cur_len = 0;
            for (const u32& c : cur_line) cur_len += long(c.size());
        }
        if (o.drop_whitespace && !cur_line.empty() && blank(cur_line.back())) {
            cur_len -= long(cur_line.back().size());
            cur_line.pop_back();
        }
        if (cur_line.empty()) continue;
        bool fits = !o.max_lines || long(lines.size()) + 1 < *o.max_lines ||
                    ((rev.empty() || (o.drop_whitespace && rev.size() == 1 && blank(rev[0]))) && cur_len <= width);
        if (fits) {
            lines.push_back(joined(indent, cur_line));
            continue;
        }
        bool placed = false;
        while (!cur_line.empty()) {
            if (!blank(cur_line.back()) && cur_len + long(placeholder.size()) <= width) {
                cur_line.push_back(placeholder);
                lines.push_back(joined(indent, cur_line));
                placed = true;
                break;
            }
            cur_len -= long(cur_line.back().size());
            cur_line.pop_back();
        }
        if (!placed) {
            if (!lines.empty()) {
                u32 prev = rstrip(lines.back());
                if (long(prev.size() + placeholder.size()) <= o.width) {
                    lines.back() = prev + placeholder;
                    break;
                }
            }
            lines.push_back(indent + lstrip(placeholder));
        }
        break;
    }
    return lines;
}

}  // namespace

list<str*>* wrap_with(str* text, const Options& o) {
    std::vector<u32> lines = wrap_chunks(split_chunks(decode(text), o), o);
    auto* out = list<str*>::make_empty();
    for (const u32& l : lines) out->append(encode(l));
    return out;
}

str* shorten(str* text, i64 width, str* initial_indent, str* subsequent_indent, bool break_long_words,
             bool break_on_hyphens, bool drop_whitespace, bool expand_tabs, bool replace_whitespace, i64 tabsize,
             str* placeholder) {
    Options o = make_options(width, initial_indent, subsequent_indent, break_long_words, break_on_hyphens,
                             drop_whitespace, expand_tabs, replace_whitespace, tabsize, 1, placeholder);
    str* squeezed = str::from_ascii_char(' ')->join(text->strip()->split());
    return str::from_ascii_char('\n')->join(wrap_with(squeezed, o));
}

str* dedent(str* text) {
    u32 t = decode(text);
    // split on '\n' only, as the MULTILINE regexes do
    std::vector<u32> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= t.size(); ++i)
        if (i == t.size() || t[i] == '\n') {
            lines.push_back(t.substr(start, i - start));
            start = i + 1;
        }
    bool have_margin = false;
    u32 margin;
    for (u32& line : lines) {
        std::size_t k = 0;
        while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) ++k;
        if (k == line.size()) {
            line.clear();  // whitespace-only lines are normalised to empty
            continue;
        }
        u32 ind = line.substr(0, k);
        if (!have_margin) {
            margin = ind;
            have_margin = true;
        } else if (ind.compare(0, margin.size(), margin) == 0 && ind.size() >= margin.size()) {
        } else if (margin.compare(0, ind.size(), ind) == 0 && margin.size() >= ind.size()) {
            margin = ind;
        } else {
            std::size_t i = 0;
            while (i < margin.size() && i < ind.size() && margin[i] == ind[i]) ++i;
            margin = margin.substr(0, i);
        }
    }
    u32 out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i) out.push_back('\n');
        const u32& line = lines[i];
        if (!margin.empty() && line.compare(0, margin.size(), margin) == 0 && line.size() >= margin.size())
            out += line.substr(margin.size());
        else
            out += line;
    }
    return encode(out);
}

str* indent(str* text, str* prefix) {
    list<str*>* parts = text->splitlines(true);
    auto* out = list<str*>::make_empty();
    for (i64 i = 0; i < parts->len(); ++i) {
        str* line = parts->at(i);
        if (line->strip()->len() > 0) out->append(prefix);
        out->append(line);
    }
    return str::empty()->join(out);
}

}  // namespace krait::textwrap
