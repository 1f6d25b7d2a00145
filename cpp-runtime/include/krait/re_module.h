// re_module.h -- Python's re module on PCRE2 (8-bit code units: Krait's str is UTF-8).
//
// A Python pattern is translated to PCRE2 syntax once (\Z is \z, \v is the vertical tab,
// \uXXXX is \x{XXXX}, {,n} is {0,n}; constructs Python refuses are refused here too with
// re.error) and compiled with PCRE2_UTF|PCRE2_UCP (unless re.ASCII), JIT-compiled when the
// library can. Compiled patterns are cached by (pattern, flags), as CPython caches them, so
// re.search(literal, s) in a loop compiles once. PCRE2 reports byte offsets; Match keeps code
// point indexes, converted once per match (free for ASCII subjects). Replacement templates
// (\1, \g<name>, \n) are parsed here with Python's rules, not by pcre2_substitute.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "krait/core.h"
#include "krait/dict.h"
#include "krait/exceptions.h"
#include "krait/itertools_module.h"
#include "krait/list.h"
#include "krait/object.h"
#include "krait/str.h"

namespace krait::re {

// CPython's flag values (re.RegexFlag)
constexpr i64 IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32, VERBOSE = 64,
              ASCII = 256;

/// re.error: printed "re.error: ..." when uncaught.
struct error : Exception {
    using Exception::Exception;
    const char* class_name() const override { return "error"; }
    const char* module_name() const override { return "re"; }
};
[[noreturn]] void raise_error(const std::string& msg);

class Pattern;

/// One successful match: the subject and the code point span of each group (-1 when a group
/// did not take part).
class Match : public Object {
public:
    static const char* py_type_name() { return "re.Match"; }
    const char* class_name() const override { return "Match"; }
    const char* module_name() const override { return "re"; }

    Match(Pattern* re, str* string, i64 pos, i64 endpos, i64* spans, i64 ngroups)
        : re_(re), string_(string), pos_(pos), endpos_(endpos), spans_(spans), ngroups_(ngroups) {}

    Pattern* re() const { return re_; }
    str* string() const { return string_; }
    i64 pos() const { return pos_; }
    i64 endpos() const { return endpos_; }
    std::optional<i64> lastindex() const;
    str* lastgroup() const;

    /// group(n); None (nullptr) for a group that did not take part.
    str* group(i64 n = 0) const;
    str* group_named(str* name) const { return group(index_of(name)); }
    template <class N, class = std::enable_if_t<std::is_same_v<N, str*>>>
    str* group(N name) const { return group(index_of(name)); }
    template <class A, class B>
    std::tuple<str*, str*> group2(A a, B b) const { return {group(a), group(b)}; }
    template <class A, class B, class C>
    std::tuple<str*, str*, str*> group3(A a, B b, C c) const { return {group(a), group(b), group(c)}; }
    str* getitem(i64 n) const { return group(n); }
    /// group(n) where a group that did not take part gives `dflt`.
    str* group_or(i64 n, str* dflt) const {
        str* g = group(n);
        return g ? g : dflt;
    }
    /// groups() as a tuple of N strs (N is the pattern's group count, known statically).
    template <class Tup>
    Tup groups_as(str* dflt) const {
        check_group_count(std::tuple_size_v<Tup>);
        return groups_tuple<Tup>(dflt, std::make_index_sequence<std::tuple_size_v<Tup>>{});
    }
    /// groups() as a list (for patterns whose group count is not known statically).
    list<str*>* groups_list(str* dflt) const;
    dict<str*, str*>* groupdict(str* dflt = nullptr) const;

    i64 start(i64 n = 0) const { return spans_[2 * checked(n)]; }
    i64 start_named(str* name) const { return start(index_of(name)); }
    i64 end(i64 n = 0) const { return spans_[2 * checked(n) + 1]; }
    i64 end_named(str* name) const { return end(index_of(name)); }
    std::tuple<i64, i64> span(i64 n = 0) const { return {start(n), end(n)}; }
    std::tuple<i64, i64> span_named(str* name) const { return span(index_of(name)); }
    str* expand(str* tmpl) const;

    str* repr_() const override;
    bool truthy_() const override { return true; }

    i64 ngroups() const { return ngroups_; }
    inline i64 index_of(str* name) const;

private:
    i64 checked(i64 n) const {
        if (n < 0 || n > ngroups_) raise_index_error("no such group");
        return n;
    }
    void check_group_count(std::size_t n) const;
    template <class Tup, std::size_t... I>
    Tup groups_tuple(str* dflt, std::index_sequence<I...>) const {
        return Tup{group_or(i64(I) + 1, dflt)...};
    }

    Pattern* re_;
    str* string_;
    i64 pos_, endpos_;
    i64* spans_;
    i64 ngroups_;
};

/// A parsed replacement template: literal pieces and group references, alternating.
struct Template {
    std::vector<std::string> literals;  // literals[k] precedes groups[k]; one more literal than groups
    std::vector<i64> groups;
};

/// A compiled pattern.
class Pattern : public Object {
public:
    static const char* py_type_name() { return "re.Pattern"; }
    const char* class_name() const override { return "Pattern"; }
    const char* module_name() const override { return "re"; }

    /// Allocates an unbuilt pattern of one dynamic type (a PatternOf's `make`; nullptr: Pattern).
    using Maker = Pattern* (*)(str* pattern, i64 flags);
    /// re.compile(pattern, flags): cached by (pattern, flags, make), so the object returned was
    /// allocated by `make` and has its dynamic type.
    static Pattern* compile(str* pattern, i64 flags = 0, Maker make = nullptr);
    static Pattern* compile_pattern(Pattern* p, i64 flags);

    str* pattern() const { return pattern_; }
    i64 flags() const { return flags_; }
    i64 groups() const { return ngroups_; }
    dict<str*, i64>* groupindex() const;

    Match* match(str* s, i64 pos = 0, std::optional<i64> endpos = std::nullopt) { return run(s, pos, endpos, 1); }
    Match* search(str* s, i64 pos = 0, std::optional<i64> endpos = std::nullopt) { return run(s, pos, endpos, 0); }
    Match* fullmatch(str* s, i64 pos = 0, std::optional<i64> endpos = std::nullopt) { return run(s, pos, endpos, 2); }

    /// findall for a pattern of 0 or 1 groups: list of str.
    list<str*>* findall(str* s, i64 pos = 0, std::optional<i64> endpos = std::nullopt);
    /// findall for a pattern of N > 1 groups: list of N-tuples.
    template <class Tup>
    list<Tup>* findall_tuples(str* s, i64 pos = 0, std::optional<i64> endpos = std::nullopt) {
        constexpr std::size_t N = std::tuple_size_v<Tup>;
        check_findall_groups(N);
        list<Tup>* out = list<Tup>::make_empty();
        Scan scan(this, s, pos, endpos);
        while (scan.next()) out->append(tuple_of<Tup>(scan, std::make_index_sequence<N>{}));
        return out;
    }

    str* sub(str* repl, str* s, i64 count = 0) { return std::get<0>(subn(repl, s, count)); }
    std::tuple<str*, i64> subn(str* repl, str* s, i64 count = 0);
    template <class F>
    str* sub_fn(F f, str* s, i64 count = 0) { return std::get<0>(subn_fn(f, s, count)); }
    template <class F>
    std::tuple<str*, i64> subn_fn(F f, str* s, i64 count = 0) {
        str_builder out(std::size_t(s->nbytes()));
        i64 n = 0;
        Scan scan(this, s, 0, std::nullopt);
        i64 last = 0;  // byte offset copied up to
        while ((count <= 0 || n < count) && scan.next()) {
            Match* m = scan.make_match();  // the callback may run this pattern again
            out.append_bytes_of(s, last, scan.bstart());
            str* r = f(m);
            if (r) out.append(r);
            last = scan.bend();
            ++n;
        }
        if (n == 0) return {s, 0};
        out.append_bytes_of(s, last, s->nbytes());
        return {out.finish(), n};
    }
    list<str*>* split(str* s, i64 maxsplit = 0);

    str* repr_() const override;

    /// The number of the group called `name`; IndexError("no such group") when there is none.
    /// The names asked for last are remembered by identity (a literal in a loop is one object;
    /// the pattern keeps it alive, so its address is not reused).
    i64 group_index(str* name) {
        std::size_t slot = (reinterpret_cast<std::uintptr_t>(name) >> 4) % kNameCache;
        if (KRAIT_LIKELY(name_cache_[slot] == name && name)) return name_index_[slot];
        return group_index_slow(name, slot);
    }

    /// Runs the compiled code on bytes [0, blen) of s from byte bstart; mode 0 search,
    /// 1 anchored at the start, 2 anchored at both ends. Fills byte offsets into ovec
    /// (2 * (groups + 1) entries, -1 unset). Returns false when there is no match.
    bool exec(str* s, i64 bstart, i64 blen, int mode, bool notempty_atstart, i64* ovec);
    const Template& parse_template(str* repl);

    /// Steps through the successive non-overlapping matches, with Python 3.7's empty-match rule
    /// (an empty match may follow a match immediately, but not another empty match at the same
    /// place).
    class Scan {
    public:
        Scan(Pattern* p, str* s, i64 pos, std::optional<i64> endpos);
        bool next();
        i64 bstart() const { return ovec_[0]; }
        i64 bend() const { return ovec_[1]; }
        /// group g's text (nullptr when it did not take part)
        str* group(i64 g) const;
        /// group g's text ('' when it did not take part, as findall gives)
        str* group_or_empty(i64 g) const {
            str* r = group(g);
            return r ? r : str::empty();
        }
        Match* make_match() const;
        const i64* ovec() const { return ovec_; }

    private:
        Pattern* p_;
        str* s_;
        i64 pos_, endpos_, blen_, bsearch_;
        bool must_advance_ = false, done_ = false;
        i64* ovec_;
    };

    Pattern(str* pattern, i64 flags) : pattern_(pattern), flags_(flags) {}

protected:
    /// Allocates the match object of this pattern's matches (a PatternOf's are MatchOf<G>) from
    /// the byte offsets PCRE2 gave.
    virtual Match* new_match(str* s, i64 pos, i64 endpos, const i64* ovec) {
        return alloc_match<Match>(s, pos, endpos, ovec);
    }
    /// One allocation holds the match and its code point spans (after the object).
    template <class M>
    M* alloc_match(str* s, i64 pos, i64 endpos, const i64* ovec) {
        std::size_t n = std::size_t(2 * (ngroups_ + 1));
        void* mem = gc_alloc(sizeof(M) + n * sizeof(i64));
        i64* spans = reinterpret_cast<i64*>(static_cast<char*>(mem) + sizeof(M));
        to_spans(s, ovec, spans);
        return new (mem) M(this, s, pos, endpos, spans, ngroups_);
    }
    /// The code point spans of byte offsets ovec (2 * (groups + 1) of them; -1 stays -1).
    void to_spans(str* s, const i64* ovec, i64* spans) const;

private:
    template <class Tup, std::size_t... I>
    static Tup tuple_of(const Scan& scan, std::index_sequence<I...>) {
        return Tup{scan.group_or_empty(i64(I) + 1)...};
    }
    void check_findall_groups(std::size_t n) const;
    Match* run(str* s, i64 pos, std::optional<i64> endpos, int mode);
    void build();
    bool exec_set_run(str* s, i64 bstart, i64 blen, int mode, i64* ovec) const;
    i64 group_index_slow(str* name, std::size_t slot);
    void compile_variant(int variant);

    str* pattern_;
    i64 flags_;
    i64 given_flags_ = 0;  // the flags argument (the cache key)
    Maker maker_ = nullptr;  // what allocated this object (the cache key)
    Pattern* next_variant_ = nullptr;  // the cache's other patterns of the same text (flags or type)
    i64 ngroups_ = 0;
    std::vector<i64> parent_;  // enclosing capturing group of each group (0: none), for lastindex
    // pcre2_code* for search, match, fullmatch (0-2), and the same compiled without UTF and UCP
    // (3-5) for ASCII subjects, where they match alike and PCRE2 runs byte by byte, without
    // Unicode property lookups (a \d-heavy search runs about 3x faster)
    void* code_[6] = {nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
    bool jit_[6] = {false, false, false, false, false, false};  // code_[i] was JIT-compiled
    bool bytes_ok_ = false;  // the pattern may run as codes 3-5 on an ASCII subject
    // a pattern that is one ASCII character set repeated with + (and maybe a group around it):
    // on an ASCII subject exec finds its runs with set_table_, without PCRE2
    bool set_run_ = false;
    int set_run_groups_ = 0;
    std::uint8_t set_table_[128] = {};
    void* match_data_ = nullptr;
    std::string translated_;
    unsigned options_ = 0;
    mutable dict<str*, i64>* groupindex_ = nullptr;
    str* last_repl_ = nullptr;  // the template parsed last, kept for re.sub in a loop
    static constexpr std::size_t kNameCache = 4;
    str* name_cache_[kNameCache] = {};  // group_index's remembered names and their numbers
    i64 name_index_[kNameCache] = {};
    Template* last_template_ = nullptr;

    friend class Match;
};

/// finditer's iterator (the model's re.callable_iterator): yields the matches of a Scan one at a time,
/// each allocated by the pattern's new_match, so each is an M.
template <class M>
class MatchIter final : public itertools::iter<M*> {
public:
    MatchIter(Pattern* p, str* s, i64 pos, std::optional<i64> endpos) : scan_(p, s, pos, endpos) {
        this->name_ = "callable_iterator";
    }
    const char* module_name() const override { return "re"; }
    using itertools::iter<M*>::next;
    bool next(M*& out) override {
        if (!scan_.next()) return false;
        out = static_cast<M*>(scan_.make_match());
        return true;
    }

private:
    Pattern::Scan scan_;
};

// ---- typed views: the model's Pattern[F, G] and Match[G] ----
// F is what findall yields (str, or a tuple of N strs for N > 1 groups), G the tuple groups()
// returns; both follow from the pattern literal's group count at compile time (RegexGroups in
// models/re.py). A pattern that is not a literal has G = NoneType: its groups() raises.

template <std::size_t N>
struct StrTuple {
    template <std::size_t... I>
    static auto make(std::index_sequence<I...>) -> std::tuple<std::conditional_t<true, str*, std::integral_constant<std::size_t, I>>...>;
    using type = decltype(make(std::make_index_sequence<N>{}));
};

template <class G>
class MatchOf final : public Match {
public:
    using Match::Match;
    G groups(str* dflt = nullptr) const {
        if constexpr (std::is_same_v<G, NoneType>) {
            raise_error("Krait's re: Match.groups() needs the pattern written as a string literal (its tuple's length)");
        } else {
            return groups_as<G>(dflt);
        }
    }
};

/// A pattern whose members are typed for its groups. Allocated as such by Pattern::compile (the
/// cache keeps one object per type), and it allocates its matches as MatchOf<G>, so the casts
/// below are to the objects' real types.
template <class F, class G>
class PatternOf final : public Pattern {
public:
    PatternOf(str* pattern, i64 flags) : Pattern(pattern, flags) {}
    static Pattern* make(str* pattern, i64 flags) { return gc_new<PatternOf>(pattern, flags); }
    static PatternOf* compile(str* pattern, i64 flags) {
        return static_cast<PatternOf*>(Pattern::compile(pattern, flags, &make));
    }
    Pattern* base() { return this; }

    str* pattern() { return base()->pattern(); }
    i64 flags() { return base()->flags(); }
    i64 groups() { return base()->groups(); }
    dict<str*, i64>* groupindex() { return base()->groupindex(); }
    MatchOf<G>* match(str* s, i64 pos = 0, std::optional<i64> endpos = std::nullopt) { return typed(base()->match(s, pos, endpos)); }
    MatchOf<G>* search(str* s, i64 pos = 0, std::optional<i64> endpos = std::nullopt) { return typed(base()->search(s, pos, endpos)); }
    MatchOf<G>* fullmatch(str* s, i64 pos = 0, std::optional<i64> endpos = std::nullopt) { return typed(base()->fullmatch(s, pos, endpos)); }
    list<F>* findall(str* s, i64 pos = 0, std::optional<i64> endpos = std::nullopt) {
        if constexpr (std::is_same_v<F, str*>) return base()->findall(s, pos, endpos);
        else return base()->template findall_tuples<F>(s, pos, endpos);
    }
    /// A lazy iterator, as CPython's: each step runs one search and makes one match.
    itertools::iter<MatchOf<G>*>* finditer(str* s, i64 pos = 0, std::optional<i64> endpos = std::nullopt) {
        return gc_new<MatchIter<MatchOf<G>>>(this, s, pos, endpos);
    }
    str* sub(str* repl, str* s, i64 count = 0) { return base()->sub(repl, s, count); }
    std::tuple<str*, i64> subn(str* repl, str* s, i64 count = 0) { return base()->subn(repl, s, count); }
    template <class Fn>
    str* sub_fn(Fn f, str* s, i64 count = 0) { return base()->sub_fn([&](Match* m) { return f(typed(m)); }, s, count); }
    template <class Fn>
    std::tuple<str*, i64> subn_fn(Fn f, str* s, i64 count = 0) { return base()->subn_fn([&](Match* m) { return f(typed(m)); }, s, count); }
    list<str*>* split(str* s, i64 maxsplit = 0) { return base()->split(s, maxsplit); }

    /// A match of this pattern (new_match made it a MatchOf<G>), or nullptr.
    static MatchOf<G>* typed(Match* m) { return static_cast<MatchOf<G>*>(m); }

protected:
    Match* new_match(str* s, i64 pos, i64 endpos, const i64* ovec) override {
        return alloc_match<MatchOf<G>>(s, pos, endpos, ovec);
    }
};

inline i64 Match::index_of(str* name) const { return re_->group_index(name); }

template <std::size_t N>
using FindallItem = std::conditional_t<(N <= 1), str*, typename StrTuple<N>::type>;
template <std::size_t N>
using PatternN = PatternOf<FindallItem<N>, typename StrTuple<N>::type>;
using PatternAny = PatternOf<str*, NoneType>;

// ---- module functions ----
inline Pattern* compile(str* pattern, i64 flags = 0) { return Pattern::compile(pattern, flags); }
inline Match* match(str* p, str* s, i64 flags = 0) { return compile(p, flags)->match(s); }
inline Match* search(str* p, str* s, i64 flags = 0) { return compile(p, flags)->search(s); }
inline Match* fullmatch(str* p, str* s, i64 flags = 0) { return compile(p, flags)->fullmatch(s); }
inline list<str*>* findall(str* p, str* s, i64 flags = 0) { return compile(p, flags)->findall(s); }
template <class Tup>
list<Tup>* findall_tuples(str* p, str* s, i64 flags = 0) { return compile(p, flags)->findall_tuples<Tup>(s); }
inline str* sub(str* p, str* repl, str* s, i64 count = 0, i64 flags = 0) { return compile(p, flags)->sub(repl, s, count); }
inline std::tuple<str*, i64> subn(str* p, str* repl, str* s, i64 count = 0, i64 flags = 0) {
    return compile(p, flags)->subn(repl, s, count);
}
template <class F>
str* sub_fn(str* p, F f, str* s, i64 count = 0, i64 flags = 0) { return compile(p, flags)->sub_fn(f, s, count); }
template <class F>
std::tuple<str*, i64> subn_fn(str* p, F f, str* s, i64 count = 0, i64 flags = 0) {
    return compile(p, flags)->subn_fn(f, s, count);
}
inline list<str*>* split(str* p, str* s, i64 maxsplit = 0, i64 flags = 0) { return compile(p, flags)->split(s, maxsplit); }
str* escape(str* s);
void purge();

// the typed entry points named by models/re.py: N is the pattern literal's group count
template <std::size_t N>
PatternN<N>* compile_n(str* p, i64 flags = 0) { return PatternN<N>::compile(p, flags); }
inline PatternAny* compile_any(str* p, i64 flags = 0) { return PatternAny::compile(p, flags); }
template <std::size_t N>
auto match_n(str* p, str* s, i64 flags = 0) { return compile_n<N>(p, flags)->match(s); }
template <std::size_t N>
auto search_n(str* p, str* s, i64 flags = 0) { return compile_n<N>(p, flags)->search(s); }
template <std::size_t N>
auto fullmatch_n(str* p, str* s, i64 flags = 0) { return compile_n<N>(p, flags)->fullmatch(s); }
template <std::size_t N>
auto findall_n(str* p, str* s, i64 flags = 0) { return compile_n<N>(p, flags)->findall(s); }
template <std::size_t N>
auto finditer_n(str* p, str* s, i64 flags = 0) { return compile_n<N>(p, flags)->finditer(s); }
template <std::size_t N, class Fn>
str* sub_fn_n(str* p, Fn f, str* s, i64 count = 0, i64 flags = 0) { return compile_n<N>(p, flags)->sub_fn(f, s, count); }
template <std::size_t N, class Fn>
std::tuple<str*, i64> subn_fn_n(str* p, Fn f, str* s, i64 count = 0, i64 flags = 0) { return compile_n<N>(p, flags)->subn_fn(f, s, count); }
inline auto match_any(str* p, str* s, i64 flags = 0) { return compile_any(p, flags)->match(s); }
inline auto search_any(str* p, str* s, i64 flags = 0) { return compile_any(p, flags)->search(s); }
inline auto fullmatch_any(str* p, str* s, i64 flags = 0) { return compile_any(p, flags)->fullmatch(s); }
inline auto finditer_any(str* p, str* s, i64 flags = 0) { return compile_any(p, flags)->finditer(s); }
template <class Fn>
str* sub_fn_any(str* p, Fn f, str* s, i64 count = 0, i64 flags = 0) { return compile_any(p, flags)->sub_fn(f, s, count); }
template <class Fn>
std::tuple<str*, i64> subn_fn_any(str* p, Fn f, str* s, i64 count = 0, i64 flags = 0) { return compile_any(p, flags)->subn_fn(f, s, count); }

}  // namespace krait::re
