// runtime_test.cpp -- self-tests of the Krait C++ runtime against
// expectations produced by CPython (see gen_float_cases.py and
// gen_expr_cases.py). Prints "N passed, N failed"; exits 1 on failure.
#include <krait/runtime.h>

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace krait;

namespace {

int g_passed = 0, g_failed = 0;

void report(bool ok, const std::string& what, const std::string& got, const std::string& want) {
    if (ok) {
        ++g_passed;
        return;
    }
    ++g_failed;
    if (g_failed <= 60)
        std::fprintf(stderr, "FAIL %s\n   got: %s\n  want: %s\n", what.c_str(), got.c_str(), want.c_str());
}

void check_text(const std::string& what, const std::string& got, const std::string& want) {
    report(got == want, what, got, want);
}

std::string text(str* s) { return s ? std::string(s->view()) : std::string("<nullptr>"); }

std::string hex_bits(double d) {
    u64 b;
    std::memcpy(&b, &d, 8);
    char buf[80];
    std::snprintf(buf, sizeof buf, "%.17g (0x%016" PRIx64 ")", d, b);
    return buf;
}
double from_bits(unsigned long long b) {
    double d;
    std::memcpy(&d, &b, 8);
    return d;
}
bool same_double(double a, double b) {
    if (std::isnan(a) && std::isnan(b)) return true;
    return std::memcmp(&a, &b, 8) == 0;
}

/// Runs f, returning its text or the exception's traceback summary line.
std::string outcome(const std::function<str*()>& f) {
    try {
        return text(f());
    } catch (BaseException* e) {
        return text(exception_summary(e));
    }
}

// Helpers used by the generated expression cases.
str* S(const char* s) { return str::from_cstr(s); }
list<i64>* L(std::initializer_list<i64> xs) { return list<i64>::make(xs); }
ValueError* ValueError_(str* m) { return gc_new<ValueError>(m); }
KeyError* KeyError_(str* key_repr) { return gc_new<KeyError>(key_repr, key_repr); }

// Mirrors of the Python helpers in gen_expr_cases.py (PRELUDE).
struct Repr {  // builds "[a, b, ...]" from heterogeneous parts
    std::string out = "[";
    template <class T>
    Repr& add(const T& v) {
        if (out.size() > 1) out += ", ";
        append_repr(out, v);
        return *this;
    }
    str* done() { return str::from_utf8(out + "]"); }
};

str* set_ops() {
    set<i64>* a = set<i64>::from(range(0, 200, 7));
    set<i64>* b = set<i64>::make_empty();
    for (i64 x = -20; x < 20; ++x) b->add(x * x);
    Repr r;
    for (set<i64>* s : {a->union_(b), a->intersection(b), a->difference(b), b->difference(a),
                        a->symmetric_difference(b), b->symmetric_difference(a), b->intersection(a)})
        r.add(s->to_list());
    return r.done();
}

str* set_random(i64 seed) {
    i64 x = seed;
    set<i64>* s = set<i64>::make_empty();
    for (int i = 0; i < 400; ++i) {
        x = (x * 1103515245 + 12345) % (i64(1) << 31);
        i64 v = x % 1000 - 500;
        if (x % 3 == 0) s->discard(v);
        else s->add(v * (x % 7) * 1000003);
    }
    set<i64>* t = s->copy();
    list<i64>* l = s->to_list()->slice(std::nullopt, std::nullopt, 2);
    for (i64 v : *l) t->discard(v);
    return Repr().add(s->to_list()).add(t->to_list()).add(s->difference(t)->to_list())
        .add(t->union_(set<i64>::make_const({1, 2, 3}))->to_list()).done();
}

str* set_mutation() {
    set<i64>* s = set<i64>::make_const({10, 20, 30});
    for (i64 i = 0; i < 100; ++i) s->add(i * 37 % 101 - 50);
    for (i64 i = 0; i < 100; i += 3) s->discard(i - 50);
    s->remove(20);
    i64 p1 = s->pop(), p2 = s->pop(), p3 = s->pop();
    return Repr().add(s->to_list()).add(list<i64>::make({p1, p2, p3})).add(s->len()).done();
}

str* set_floats_tuples() {
    return Repr()
        .add(set<double>::make_const({1.5, -2.0, 2.0, 1e10, 0.1, 3.0, -0.0})->to_list())
        .add(set<tuple<i64, i64>>::make_const({{1, 2}, {3, 4}, {0, 0}, {-1, 5}, {2, 1}})->to_list())
        .add(set<i64>::make_const({i64(1) << 40, -(i64(1) << 62), (i64(1) << 61) - 1, i64(1) << 61, 7, -1})->to_list())
        .add(set<i64>::from(L({i64(1) << 40, -(i64(1) << 62), (i64(1) << 61) - 1, i64(1) << 61, 7, -1}))->to_list())
        .done();
}

str* dict_ops() {
    dict<i64, i64>* d = dict<i64, i64>::make_empty();
    for (i64 i = 0; i < 50; ++i) d->setitem(i * 7 % 13, i);
    for (i64 k : {0, 3, 5}) d->delitem(k);
    d->setitem(3, 99);
    d->setdefault(100, 1);
    d->setdefault(3, 2);
    Repr r;
    r.add(d->items());
    r.add(d->pop(100)).add(d->pop(12345, -1)).add(d->get(1, -5)).add(d->get(-1, -5));
    r.add(d->popitem()).add(d->len()).add(d->contains(5)).add(d->contains(3));
    return r.done();
}

str* dict_big() {
    dict<str*, i64>* d = dict<str*, i64>::make_empty();
    for (i64 i = 0; i < 10000; ++i) d->setitem(str_of(i), i);
    for (i64 i = 0; i < 10000; i += 2) d->delitem(str_of(i));
    d->setitem(str::from_cstr("x"), -1);
    return Repr()
        .add(d->len())
        .add(d->items()->slice(std::nullopt, 5))
        .add(d->keys()->slice(-3, std::nullopt))
        .add(sum_of(d->values()))
        .done();
}

struct ExprCase {
    const char* python;
    str* (*run)();
    const char* expected;
};

#include "expr_cases.inc"
#include "float_cases.inc"

// ---------------------------------------------------------------------------

void test_float_repr() {
    for (const FloatRepr& c : kFloatRepr) {
        double d = from_bits(c.bits);
        check_text("repr(" + hex_bits(d) + ")", text(float_repr(d)), c.repr);
        // str() is the same as repr() for floats, and print uses append_str.
        std::string out;
        append_str(out, d);
        check_text("str(" + hex_bits(d) + ")", out, c.repr);
    }
}

void test_float_repr_random_roundtrip() {
    // Independent of CPython: repr must round-trip and be the shortest.
    std::mt19937_64 rng(12345);
    for (int i = 0; i < 200000; ++i) {
        double d = from_bits(rng());
        if (std::isnan(d)) continue;
        std::string s = text(float_repr(d));
        double back = std::strtod(s.c_str(), nullptr);
        if (!same_double(back, d)) report(false, "round-trip " + hex_bits(d), s, "same value");
        else ++g_passed;
    }
}

void test_int_truediv() {
    for (const IntDiv& c : kIntTrueDiv) {
        double want = from_bits(c.bits);
        double got = int_truediv(c.a, c.b);
        report(same_double(got, want), std::to_string(c.a) + " / " + std::to_string(c.b), hex_bits(got), hex_bits(want));
    }
}

void test_float_ops() {
    for (const FloatOp& c : kFloatOps) {
        double a = from_bits(c.a), b = from_bits(c.b);
        std::string what = hex_bits(a) + " " + c.op + " " + hex_bits(b);
        std::string got;
        try {
            double r = c.op == '/' ? float_div(a, b)
                     : c.op == 'f' ? float_floordiv(a, b)
                     : c.op == '%' ? float_mod(a, b)
                                   : float_pow(a, b);
            got = hex_bits(r);
            if (c.ok && same_double(r, from_bits(c.bits))) got = "ok";
        } catch (BaseException* e) {
            got = text(exception_summary(e));
        }
        if (c.ok) {
            check_text(what, got, "ok");
        } else if (std::strcmp(c.err, "complex") == 0) {
            check_text(what, got.substr(0, 11), "ValueError:");
        } else {
            check_text(what, got, c.err);
        }
    }
}

void test_str_conversions() {
    for (const StrConv& c : kFloatOfStr) {
        str* s = str::from_utf8(c.text, std::size_t(c.len));
        std::string got;
        try {
            double d = float_of(s);
            got = c.ok && same_double(d, from_bits(c.bits)) ? "ok" : hex_bits(d);
        } catch (BaseException* e) {
            got = text(exception_summary(e));
        }
        check_text("float(" + text(str_repr(s)) + ")", got, c.ok ? "ok" : c.err);
    }
    for (const IntConv& c : kIntOfStr) {
        str* s = str::from_utf8(c.text, std::size_t(c.len));
        std::string got;
        try {
            i64 v = int_of(s, c.base);
            got = c.ok && v == c.value ? "ok" : std::to_string(v);
        } catch (BaseException* e) {
            got = text(exception_summary(e));
        }
        check_text("int(" + text(str_repr(s)) + ", " + std::to_string(c.base) + ")", got, c.ok ? "ok" : c.err);
    }
    // Out of the 64-bit range: Krait's own OverflowError.
    check_text("int('9223372036854775808')", outcome([] { return repr_of(int_of(S("9223372036854775808"))); }),
               "OverflowError: integer overflow (Krait ints are 64-bit)");
}

void test_round() {
    for (const RoundCase& c : kRound) {
        double x = from_bits(c.x);
        double got = round_of(x, i64(c.nd));
        report(same_double(got, from_bits(c.bits)), "round(" + hex_bits(x) + ", " + std::to_string(c.nd) + ")",
               hex_bits(got), hex_bits(from_bits(c.bits)));
    }
}

void test_format_float() {
    for (const FormatCase& c : kFormatFloat) {
        double x = from_bits(c.bits);
        check_text("format(" + hex_bits(x) + ", '" + c.spec + "')", outcome([&] { return format_float(x, S(c.spec)); }),
                   c.expected);
    }
}

void test_expr_cases() {
    for (const ExprCase& c : kExprCases) check_text(c.python, outcome(c.run), c.expected);
}

void test_int_overflow() {
    const char* msg = "OverflowError: integer overflow (Krait ints are 64-bit)";
    check_text("max+1", outcome([] { return repr_of(int_add(INT64_MAX, 1)); }), msg);
    check_text("min-1", outcome([] { return repr_of(int_sub(INT64_MIN, 1)); }), msg);
    check_text("mul", outcome([] { return repr_of(int_mul(i64(1) << 32, i64(1) << 31)); }), msg);
    check_text("neg", outcome([] { return repr_of(int_neg(INT64_MIN)); }), msg);
    check_text("abs", outcome([] { return repr_of(int_abs(INT64_MIN)); }), msg);
    check_text("min//-1", outcome([] { return repr_of(int_floordiv(INT64_MIN, -1)); }), msg);
    check_text("pow", outcome([] { return repr_of(int_pow(2, 63)); }), msg);
    check_text("pow ok", outcome([] { return repr_of(int_pow(-2, 63)); }), "-9223372036854775808");
    check_text("shl", outcome([] { return repr_of(int_lshift(1, 63)); }), msg);
    check_text("shl 64", outcome([] { return repr_of(int_lshift(1, 64)); }), msg);
    check_text("shl 0", outcome([] { return repr_of(int_lshift(0, 1000)); }), "0");
    check_text("int(1e19)", outcome([] { return repr_of(int_of(1e19)); }), msg);
    check_text("neg pow", outcome([] { return repr_of(int_pow(2, -1)); }),
               "ValueError: negative exponent: Krait typed this int ** int as int, but Python gives a float here "
               "(write the exponent as a negative literal or make an operand a float)");
    // pow(3, -1, 7), pow(-3, -2, 11), pow(7, -1, -5), pow(2, -1, 4) and 2 ** -2 in CPython 3.11
    check_text("pow mod inverse", outcome([] { return repr_of(int_pow_mod(3, -1, 7)); }), "5");
    check_text("pow mod inverse neg", outcome([] { return repr_of(int_pow_mod(-3, -2, 11)); }), "5");
    check_text("pow mod inverse neg mod", outcome([] { return repr_of(int_pow_mod(7, -1, -5)); }), "-2");
    check_text("pow mod not invertible", outcome([] { return repr_of(int_pow_mod(2, -1, 4)); }),
               "ValueError: base is not invertible for the given modulus");
    check_text("int ** negative literal", outcome([] { return repr_of(int_pow_float(2, -2)); }), "0.25");
}

void test_list_mutation() {
    // Mirrors: l = [1,2,3]; l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7); l.remove(9); l.append(4);
    //          l[1:3] = [5, 6, 7]; del l[::2]; l.extend(l); l.reverse()
    list<i64>* l = list<i64>::make({1, 2, 3});
    l->insert(0, 0);
    l->insert(-1, 9);
    l->insert(100, 7);
    check_text("insert", text(repr_of(l)), "[0, 1, 2, 9, 3, 7]");
    l->remove(9);
    l->append(4);
    l->setslice(1, 3, std::nullopt, list<i64>::make({5, 6, 7}));
    check_text("setslice", text(repr_of(l)), "[0, 5, 6, 7, 3, 7, 4]");
    l->delslice(std::nullopt, std::nullopt, 2);
    check_text("delslice", text(repr_of(l)), "[5, 7, 7]");
    l->extend(l);
    l->reverse();
    check_text("extend self", text(repr_of(l)), "[7, 7, 5, 7, 7, 5]");
    l->setslice(std::nullopt, std::nullopt, -2, list<i64>::make({1, 2, 3}));
    check_text("ext setslice", text(repr_of(l)), "[7, 3, 5, 2, 7, 1]");
    check_text("ext setslice size", outcome([l] { l->setslice(std::nullopt, std::nullopt, 2, L({1})); return S(""); }),
               "ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
    l->delslice(-1, 0, -2);
    check_text("delslice neg", text(repr_of(l)), "[7, 5, 7]");
    l->setslice(1, 1, std::nullopt, l);
    check_text("setslice self", text(repr_of(l)), "[7, 7, 5, 7, 5, 7]");
    l->delitem(-1);
    l->delslice(1, 3);
    check_text("del", text(repr_of(l)), "[7, 7, 5]");
    l->imul(2);
    check_text("imul", text(repr_of(l)), "[7, 7, 5, 7, 7, 5]");
    check_text("del oob", outcome([l] { l->delitem(6); return S(""); }), "IndexError: list assignment index out of range");
    check_text("set oob", outcome([l] { l->setitem(-7, 1); return S(""); }), "IndexError: list assignment index out of range");
    check_text("remove missing", outcome([l] { l->remove(42); return S(""); }), "ValueError: list.remove(x): x not in list");
    l->clear();
    check_text("clear", text(repr_of(l)), "[]");

    // Iterating while appending sees the new items (index-based iteration).
    list<i64>* grow = list<i64>::make({1, 2, 3});
    std::string seen;
    for (i64 x : *grow) {
        if (x < 3) grow->append(x + 10);
        seen += std::to_string(x) + " ";
    }
    check_text("iterate+append", seen, "1 2 3 11 12 ");
    // Iterating while popping stops early, like Python.
    list<i64>* shrink = list<i64>::make({1, 2, 3, 4});
    seen.clear();
    for (i64 x : *shrink) {
        shrink->pop();
        seen += std::to_string(x) + " ";
    }
    check_text("iterate+pop", seen, "1 2 ");
}

void test_sort_stability() {
    // sorted(range(100000) reversed, key=lambda x: x % 7) -- check stability and order.
    list<i64>* l = list<i64>::make_empty();
    for (i64 i = 99999; i >= 0; --i) l->append(i);
    l->sort_by([](i64 x) { return int_mod(x, 7); });
    bool ok = true;
    for (i64 i = 1; i < l->len(); ++i) {
        i64 a = l->at(i - 1), b = l->at(i);
        if (a % 7 > b % 7 || (a % 7 == b % 7 && a < b)) ok = false;
    }
    report(ok, "stable sort_by", ok ? "" : "unstable", "");
    list<double> d;
    list<double>* big = list<double>::make_empty();
    std::mt19937_64 rng(7);
    for (int i = 0; i < 50000; ++i) big->append(double(rng() % 1000) / 7.0);
    big->sort();
    ok = true;
    for (i64 i = 1; i < big->len(); ++i) ok = ok && big->at(i - 1) <= big->at(i);
    report(ok, "sort doubles", "", "");
}

void test_print() {
    std::string out;
    list<str*>* ls = list<str*>::make({str::from_cstr("a"), nullptr});
    detail::print_into(out, nullptr, nullptr, i64(1), 2.5, str::from_cstr("x"), true, None, ls);
    detail::print_into(out, str::from_cstr(", "), str::from_cstr("!\n"), i64(1), i64(2));
    detail::print_into(out, nullptr, nullptr);
    detail::print_into(out, nullptr, nullptr, std::make_tuple(str::from_cstr("a"), 1.0));
    check_text("print", out, "1 2.5 x True None ['a', None]\n1, 2!\n\n('a', 1.0)\n");
}

void test_exceptions() {
    // Handlers for a base class catch subclasses.
    std::string got;
    try {
        int_floordiv(1, 0);
    } catch (ArithmeticError* e) {
        got = text(e->type_name()) + "|" + text(e->str_());
    }
    check_text("catch base", got, "ZeroDivisionError|integer division or modulo by zero");
    try {
        list<i64>::make_empty()->pop();
    } catch (LookupError* e) {
        got = text(exception_summary(e));
    }
    check_text("catch lookup", got, "IndexError: pop from empty list");
    try {
        raise_key_error(repr_of(i64(3)));
    } catch (Exception* e) {
        got = text(exception_summary(e)) + "|" + text(e->repr_());
    }
    check_text("KeyError(3)", got, "KeyError: 3|KeyError(3)");
    try {
        throw gc_new<ValueError>();
    } catch (BaseException* e) {
        got = text(exception_summary(e));
    }
    check_text("bare ValueError", got, "ValueError");
    SystemExit* se = gc_new<SystemExit>(i64(3));
    check_text("SystemExit(3)", text(se->str_()), "3");
    check_text("AssertionError", outcome([] { raise_assertion_error(); return S(""); }), "AssertionError");
    check_text("AssertionError msg", outcome([] { raise_assertion_error(S("x > 0")); return S(""); }),
               "AssertionError: x > 0");
    // Exceptions survive a collection while in flight.
    try {
        try {
            throw gc_new<RuntimeError>(str::from_cstr("still here"));
        } catch (...) {
            for (int i = 0; i < 1000; ++i) str_repeat(str::from_cstr("garbage"), 100);
            GC_gcollect();
            throw;
        }
    } catch (RuntimeError* e) {
        got = text(exception_summary(e));
    }
    check_text("in flight GC", got, "RuntimeError: still here");
}

void test_gc_stress() {
    // Many short-lived strings and lists; survivors must stay intact across
    // collections (buffers of pointers must be scanned).
    list<list<str*>*>* keep = list<list<str*>*>::make_empty();
    for (int round = 0; round < 50; ++round) {
        list<str*>* l = list<str*>::make_empty();
        for (int i = 0; i < 2000; ++i) {
            str* s = str_concat(int_repr(round), str_concat(str::from_cstr(":"), int_repr(i)));
            l->append(s);
            str_repeat(s, 10);  // garbage
        }
        keep->append(l);
        if (round % 10 == 0) GC_gcollect();
    }
    GC_gcollect();
    bool ok = true;
    for (i64 r = 0; r < keep->len(); ++r)
        for (i64 i = 0; i < keep->at(r)->len(); ++i)
            ok = ok && text(keep->at(r)->at(i)) == std::to_string(r) + ":" + std::to_string(i);
    report(ok, "gc stress survivors intact", ok ? "" : "corrupted", "");
    // sort_by allocates while sorting pointer lists: elements must survive.
    list<str*>* words = list<str*>::make_empty();
    for (int i = 0; i < 5000; ++i) words->append(int_repr(i * 7919 % 5000));
    words->sort_by([](str* s) { GC_MALLOC(64); return str_concat(s, str::from_cstr("!")); });
    ok = true;
    for (i64 i = 1; i < words->len(); ++i) ok = ok && str_cmp(words->at(i - 1), words->at(i)) <= 0;
    report(ok, "sort_by with allocation", "", "");
}

void test_str_append() {
    // s += t in a loop is amortised O(n); earlier values never change.
    str* s = str::empty();
    list<str*>* snapshots = list<str*>::make_empty();
    for (i64 i = 0; i < 200000; ++i) {
        s = str_concat(s, int_repr(i % 10));
        if (i % 50000 == 0) snapshots->append(s);
    }
    check_text("append len", std::to_string(s->len()), "200000");
    bool ok = true;
    for (i64 k = 0; k < snapshots->len(); ++k) {
        str* t = snapshots->at(k);
        i64 n = k * 50000 + 1;
        ok = ok && t->len() == n;
        for (i64 i = 0; i < n && ok; i += 997) ok = t->data()[i] == char('0' + i % 10);
    }
    report(ok, "append snapshots unchanged", "", "");
    // Branching from an older value copies instead of overwriting.
    str* base = str_repeat(str::from_cstr("ab"), 100);
    str* x1 = str_concat(base, str::from_cstr("X"));
    str* y1 = str_concat(base, str::from_cstr("Y"));
    str* x2 = str_concat(x1, str::from_cstr("1"));
    str* y2 = str_concat(y1, str::from_cstr("2"));
    check_text("branch", text(x1->slice(-1, std::nullopt)) + text(y1->slice(-1, std::nullopt)) +
                             text(x2->slice(-2, std::nullopt)) + text(y2->slice(-2, std::nullopt)), "XYX1Y2");
    check_text("appendable eq/hash", str_eq(x2, str::from_utf8(x2->view())) && x2->hash() == str::from_utf8(x2->view())->hash() ? "ok" : "bad", "ok");
    check_text("appendable + non-ascii", text(str_concat(x2, str::from_cstr("\xc3\xa9"))->slice(-3, std::nullopt)), "X1\xc3\xa9");
    GC_gcollect();
    check_text("appendable after gc", text(x2->slice(196, std::nullopt)), "ababX1");
}

void test_str_misc() {
    str* s = str::from_cstr("h\xc3\xa9llo w\xc3\xb6rld \xf0\x9f\x98\x80!");
    check_text("len", std::to_string(s->len()), "14");
    std::string joined;
    for (str* ch : *s) joined += text(ch) + "|";
    check_text("iterate", joined, "h|\xc3\xa9|l|l|o| |w|\xc3\xb6|r|l|d| |\xf0\x9f\x98\x80|!|");
    // Every index of a long non-ASCII string, against a decoded copy.
    std::string big;
    for (int i = 0; i < 1000; ++i) big += (i % 3 == 0) ? "\xe2\x82\xac" : (i % 3 == 1 ? "a" : "\xc3\xa9");
    str* b = str::from_utf8(big);
    bool ok = b->len() == 1000;
    for (i64 i = 0; i < 1000 && ok; ++i) ok = text(b->getitem(i)) == (i % 3 == 0 ? "\xe2\x82\xac" : (i % 3 == 1 ? "a" : "\xc3\xa9"));
    report(ok, "non-ascii indexing", "", "");
    check_text("slice non-ascii", text(b->slice(996, std::nullopt)), "\xe2\x82\xac" "a\xc3\xa9\xe2\x82\xac");
    check_text("single char cache", b->getitem(1) == str::from_cstr("a") ? "same" : "different", "same");
    check_text("hash equal", s->hash() == str::from_utf8(s->view())->hash() ? "eq" : "ne", "eq");
    check_text("str_eq", str_eq(s, str::from_utf8(s->view())) ? "eq" : "ne", "eq");
    using namespace krait::literals;
    check_text("literal", text("abc"_s), "abc");
}

}  // namespace

void test_concat_many() {
    check_text("concat_many", text(str_concat_many({str::from_cstr("a="), str::from_cstr("1"), str::from_cstr(", b="),
                                                    str::from_cstr("\xc3\xa9t\xc3\xa9")})),
               "a=1, b=\xc3\xa9t\xc3\xa9");
    str* mixed = str_build(str::from_cstr("\xe2\x82\xac"), str::from_cstr("x"), str::empty(), str::from_cstr("\xc3\xa9y"));
    check_text("str_build", text(mixed), "\xe2\x82\xacx\xc3\xa9y");
    report(mixed->len() == 4 && text(mixed->getitem(3)) == "y", "str_build len/index", std::to_string(mixed->len()), "4");
    str* one = str::from_cstr("only");
    report(str_build(str::empty(), one, str::empty()) == one, "single non-empty part is shared", "", "");
    check_text("empty", text(str_concat_many({})), "");
    check_text("None part", text(str_build(str::from_cstr("x="), static_cast<str*>(nullptr))), "x=None");
    std::string big;
    std::vector<str*> parts;
    for (int i = 0; i < 300; ++i) {
        std::string piece = std::to_string(i) + (i % 7 == 0 ? "\xce\xbb" : "");
        big += piece;
        parts.push_back(str::from_utf8(piece));
    }
    str* joined = str_concat_many(parts.data(), parts.size());
    check_text("concat_many 300 parts", text(joined), big);
    report(joined->hash() == str::from_utf8(big)->hash() && str_eq(joined, str::from_utf8(big)), "hash/eq", "", "");
    report(text(joined->getitem(-1)) == "9", "index into result", text(joined->getitem(-1)), "9");
}

int main() {
    GC_INIT();
    test_concat_many();
    test_float_repr();
    test_float_repr_random_roundtrip();
    test_int_truediv();
    test_float_ops();
    test_str_conversions();
    test_round();
    test_expr_cases();
    test_format_float();
    test_int_overflow();
    test_list_mutation();
    test_sort_stability();
    test_print();
    test_exceptions();
    test_gc_stress();
    test_str_misc();
    test_str_append();
    std::printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}
