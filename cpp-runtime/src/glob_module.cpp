// glob_module.cpp -- fnmatch and glob (see glob_module.h).
#include "krait/glob_module.h"

#include <dirent.h>
#include <sys/stat.h>

#include <cstdint>
#include <string>
#include <vector>

namespace krait {

namespace {

std::vector<std::uint32_t> code_points(std::string_view s) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        std::uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += std::size_t(n);
    }
    return out;
}

/// One element of a translated pattern: a literal, '?', '*', or a bracket set.
struct Item {
    enum Kind { Literal, Any, Star, Set } kind;
    std::uint32_t ch = 0;
    bool negate = false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;

    Item(Kind k, std::uint32_t c = 0) : kind(k), ch(c) {}
};

/// Lib/fnmatch.py's translate(): an unclosed '[' is a literal; after '[' (and '!') a ']' is a
/// member; 'a-z' is a range, and a reversed range matches nothing.
std::vector<Item> parse(const std::vector<std::uint32_t>& p) {
    std::vector<Item> items;
    std::size_t i = 0, n = p.size();
    while (i < n) {
        std::uint32_t c = p[i++];
        if (c == '*') {
            if (items.empty() || items.back().kind != Item::Star) items.push_back({Item::Star});
        } else if (c == '?') {
            items.push_back({Item::Any});
        } else if (c == '[') {
            std::size_t j = i;
            if (j < n && p[j] == '!') ++j;
            if (j < n && p[j] == ']') ++j;
            while (j < n && p[j] != ']') ++j;
            if (j >= n) {
                items.push_back({Item::Literal, '['});
                continue;
            }
            Item set{Item::Set};
            std::size_t k = i;
            if (p[k] == '!') {
                set.negate = true;
                ++k;
            }
            while (k < j) {
                std::uint32_t lo = p[k];
                if (k + 2 < j && p[k + 1] == '-') {
                    std::uint32_t hi = p[k + 2];
                    if (lo <= hi) set.ranges.push_back({lo, hi});
                    k += 3;
                } else {
                    set.ranges.push_back({lo, lo});
                    ++k;
                }
            }
            i = j + 1;
            items.push_back(set);
        } else {
            items.push_back({Item::Literal, c});
        }
    }
    return items;
}

bool item_matches(const Item& it, std::uint32_t c) {
    if (it.kind == Item::Any) return true;
    if (it.kind == Item::Literal) return it.ch == c;
    bool in = false;
    for (auto& r : it.ranges) in = in || (r.first <= c && c <= r.second);
    return in != it.negate;
}

/// Iterative matching with one backtrack point per '*' (the last star wins, as for regex .*).
bool match(const std::vector<Item>& items, const std::vector<std::uint32_t>& s) {
    std::size_t pi = 0, si = 0, star = SIZE_MAX, mark = 0;
    while (si < s.size()) {
        if (pi < items.size() && items[pi].kind == Item::Star) {
            star = pi++;
            mark = si;
        } else if (pi < items.size() && item_matches(items[pi], s[si])) {
            ++pi;
            ++si;
        } else if (star != SIZE_MAX) {
            pi = star + 1;
            si = ++mark;
        } else {
            return false;
        }
    }
    while (pi < items.size() && items[pi].kind == Item::Star) ++pi;
    return pi == items.size();
}

bool lexists(const std::string& path) {
    struct stat st;
    return ::lstat(path.c_str(), &st) == 0;
}

bool is_dir(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool magic(std::string_view s) { return s.find_first_of("*?[") != std::string_view::npos; }

void glob_into(const std::string& pattern, std::vector<std::string>& out) {
    std::size_t slash = pattern.rfind('/');
    std::string dirname = slash == std::string::npos ? "" : pattern.substr(0, slash + 1);
    std::string base = slash == std::string::npos ? pattern : pattern.substr(slash + 1);
    // os.path.split drops the trailing slashes of the directory part, unless it is all slashes
    std::string dir = dirname;
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    if (!magic(pattern)) {
        if (base.empty() ? is_dir(dir) : lexists(pattern)) out.push_back(pattern);
        return;
    }
    std::vector<std::string> dirs;
    if (dir.empty()) {
        dirs.push_back("");
    } else if (dir != dirname.substr(0, dir.size()) || magic(dir)) {
        glob_into(dir, dirs);
    } else {
        dirs.push_back(dir);
    }
    std::vector<std::uint32_t> pat = code_points(base);
    std::vector<Item> items = parse(pat);
    for (const std::string& d : dirs) {
        std::string prefix = d.empty() ? "" : d.back() == '/' ? d : d + "/";
        if (!magic(base)) {
            std::string path = prefix + base;
            if (base.empty() ? is_dir(d) : lexists(path)) out.push_back(path);
            continue;
        }
        DIR* dp = ::opendir(d.empty() ? "." : d.c_str());
        if (!dp) continue;
        while (struct dirent* e = ::readdir(dp)) {
            std::string name = e->d_name;
            if (name == "." || name == "..") continue;
            if (name[0] == '.' && base[0] != '.') continue;  // hidden files need an explicit '.'
            if (match(items, code_points(name))) out.push_back(prefix + name);
        }
        ::closedir(dp);
    }
}

}  // namespace

namespace fnmatch {

bool fnmatch(str* name, str* pat) {
    return match(parse(code_points(pat->view())), code_points(name->view()));
}

list<str*>* filter(list<str*>* names, str* pat) {
    std::vector<Item> items = parse(code_points(pat->view()));
    auto* out = list<str*>::make_empty();
    for (i64 i = 0; i < names->len(); ++i) {
        if (match(items, code_points(names->at(i)->view()))) out->append(names->at(i));
    }
    return out;
}

}  // namespace fnmatch

namespace glob {

list<str*>* glob(str* pattern) {
    std::vector<std::string> paths;
    glob_into(std::string(pattern->view()), paths);
    auto* out = list<str*>::make_empty();
    for (const std::string& p : paths) out->append(str::from_utf8(p));
    return out;
}

bool has_magic(str* s) { return magic(s->view()); }

}  // namespace glob

}  // namespace krait
