// getopt_module.cpp -- the getopt module (see getopt_module.h).
#include "krait/getopt_module.h"

#include <cstdlib>
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "krait/exceptions.h"

namespace krait::getopt {

GetoptError::GetoptError(str* msg, str* o) : Exception(msg), opt(o) {
    arg_repr = str_concat_many({str_repr(msg), str::from_cstr(", "), str_repr(o)});
}

namespace {

[[noreturn]] void fail(const std::string& msg, const std::string& opt) {
    throw gc_new<GetoptError>(str::from_utf8(msg), str::from_utf8(opt));
}

std::string text(str* s) { return std::string(s->view()); }

struct State {
    Opts opts;
    list<str*>* args;  // the arguments still to scan
    i64 pos;           // index of the first of them
};

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// (has_arg, the full option name) for --opt, which may be an unambiguous prefix
std::pair<bool, std::string> long_has_args(const std::string& opt, list<str*>* longopts) {
    std::vector<std::string> possible;
    for (i64 i = 0; longopts && i < longopts->len(); ++i) {
        std::string o = text(longopts->at(i));
        if (starts_with(o, opt)) possible.push_back(o);
    }
    if (possible.empty()) fail("option --" + opt + " not recognized", opt);
    for (const std::string& o : possible)
        if (o == opt) return {false, opt};
    for (const std::string& o : possible)
        if (o == opt + "=") return {true, opt};
    if (possible.size() > 1) fail("option --" + opt + " not a unique prefix", opt);
    std::string match = possible[0];
    bool has_arg = !match.empty() && match.back() == '=';
    if (has_arg) match.pop_back();
    return {has_arg, match};
}

void do_longs(State& st, std::string opt, list<str*>* longopts) {
    std::size_t eq = opt.find('=');
    bool have_arg = eq != std::string::npos;
    std::string optarg;
    if (have_arg) {
        optarg = opt.substr(eq + 1);
        opt = opt.substr(0, eq);
    }
    auto [has_arg, name] = long_has_args(opt, longopts);
    if (has_arg) {
        if (!have_arg) {
            if (st.pos >= st.args->len()) fail("option --" + name + " requires argument", name);
            optarg = text(st.args->at(st.pos++));
        }
    } else if (have_arg) {
        fail("option --" + name + " must not have an argument", name);
    }
    st.opts->append(std::make_tuple(str::from_utf8("--" + name), str::from_utf8(optarg)));
}

bool short_has_arg(const std::string& opt, const std::string& shortopts) {
    for (std::size_t i = 0; i < shortopts.size(); ++i)
        if (shortopts.compare(i, opt.size(), opt) == 0 && opt != ":")
            return shortopts.compare(i + opt.size(), 1, ":") == 0;
    fail("option -" + opt + " not recognized", opt);
}

// one UTF-8 character of s at byte i
std::size_t char_len(const std::string& s, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return std::min(n, s.size() - i);
}

void do_shorts(State& st, std::string optstring, const std::string& shortopts) {
    while (!optstring.empty()) {
        std::size_t n = char_len(optstring, 0);
        std::string opt = optstring.substr(0, n);
        optstring = optstring.substr(n);
        std::string optarg;
        if (short_has_arg(opt, shortopts)) {
            if (optstring.empty()) {
                if (st.pos >= st.args->len()) fail("option -" + opt + " requires argument", opt);
                optstring = text(st.args->at(st.pos++));
            }
            optarg = optstring;
            optstring.clear();
        }
        st.opts->append(std::make_tuple(str::from_utf8("-" + opt), str::from_utf8(optarg)));
    }
}

list<str*>* rest(const State& st) {
    auto* out = list<str*>::make_empty();
    for (i64 i = st.pos; i < st.args->len(); ++i) out->append(st.args->at(i));
    return out;
}

}  // namespace

Result getopt(list<str*>* args, str* shortopts, list<str*>* longopts) {
    State st{list<std::tuple<str*, str*>>::make_empty(), args, 0};
    std::string shorts = text(shortopts);
    while (st.pos < args->len()) {
        std::string a = text(args->at(st.pos));
        if (!starts_with(a, "-") || a == "-") break;
        ++st.pos;
        if (a == "--") break;
        if (starts_with(a, "--"))
            do_longs(st, a.substr(2), longopts);
        else
            do_shorts(st, a.substr(1), shorts);
    }
    return Result(st.opts, rest(st));
}

Result gnu_getopt(list<str*>* args, str* shortopts, list<str*>* longopts) {
    State st{list<std::tuple<str*, str*>>::make_empty(), args, 0};
    auto* prog_args = list<str*>::make_empty();
    std::string shorts = text(shortopts);
    bool all_options_first = false;
    if (starts_with(shorts, "+")) {
        shorts = shorts.substr(1);
        all_options_first = true;
    } else if (const char* env = std::getenv("POSIXLY_CORRECT"); env && *env) {
        all_options_first = true;
    }
    while (st.pos < args->len()) {
        std::string a = text(args->at(st.pos));
        if (a == "--") {
            ++st.pos;
            for (str* s : *rest(st)) prog_args->append(s);
            break;
        }
        if (starts_with(a, "--")) {
            ++st.pos;
            do_longs(st, a.substr(2), longopts);
        } else if (starts_with(a, "-") && a != "-") {
            ++st.pos;
            do_shorts(st, a.substr(1), shorts);
        } else if (all_options_first) {
            for (str* s : *rest(st)) prog_args->append(s);
            break;
        } else {
            prog_args->append(args->at(st.pos++));
        }
    }
    return Result(st.opts, prog_args);
}

}  // namespace krait::getopt
