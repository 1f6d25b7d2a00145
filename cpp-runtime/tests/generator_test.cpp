// generator_test.cpp -- krait::generator<T>: values, exceptions, GC
// interaction (a suspended generator's stack keeps objects alive; abandoned
// generators are collected and their stacks reused), nesting, yield from.
#include <krait/runtime.h>

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace krait;

namespace {

int g_passed = 0, g_failed = 0;

void check(bool ok, const char* what) {
    if (ok) {
        ++g_passed;
    } else {
        ++g_failed;
        std::fprintf(stderr, "FAIL %s\n", what);
    }
}

std::string text(str* s) { return std::string(s->view()); }

generator<i64>* count_to(i64 n) {
    return make_generator<i64>("count_to", [=](yielder<i64>& y) {
        for (i64 i = 0; i < n; ++i) y.yield(i);
    });
}

void test_basic() {
    i64 sum = 0, k = 0;
    for (i64 x : *count_to(10)) {
        sum += x;
        ++k;
    }
    check(sum == 45 && k == 10, "range-for over a generator");

    generator<i64>* g = count_to(2);
    check(g->next() == 0 && g->next() == 1, "next()");
    bool stopped = false;
    try {
        g->next();
    } catch (StopIteration*) {
        stopped = true;
    }
    check(stopped, "next() on an exhausted generator raises StopIteration");
    i64 v = 7;
    check(!g->next(v) && v == 7, "next(out) is false once exhausted");
    check(g->next(i64(-1)) == -1, "next(g, default)");
    int n = 0;
    for (i64 x : *g) n += int(x) + 1;
    check(n == 0, "iterating an exhausted generator yields nothing");

    // Partially consumed generator continues where it stopped.
    generator<i64>* h = count_to(5);
    h->next();
    h->next();
    i64 rest = 0;
    for (i64 x : *h) rest += x;
    check(rest == 2 + 3 + 4, "for over a partially consumed generator");

    // Nothing runs before the first next().
    bool ran = false;
    generator<i64>* lazy = make_generator<i64>("lazy", [&](yielder<i64>& y) {
        ran = true;
        y.yield(1);
    });
    check(!ran, "body does not run at creation");
    lazy->next();
    check(ran, "body runs at first next()");

    // Values with GC pointers.
    auto* words = make_generator<str*>("words", [](yielder<str*>& y) {
        for (const char* w : {"a", "bc", "def"}) y.yield(str::from_cstr(w));
    });
    std::string all;
    for (str* w : *words) all += text(w);
    check(all == "abcdef", "generator of str*");

    auto* pairs = make_generator<tuple<i64, str*>>("pairs", [](yielder<tuple<i64, str*>>& y) {
        y.yield({1, str::from_cstr("x")});
        y.yield({2, str::from_cstr("y")});
    });
    auto p1 = pairs->next();
    auto p2 = pairs->next();
    check(std::get<0>(p1) == 1 && text(std::get<1>(p2)) == "y", "generator of tuples");
}

void test_repr() {
    generator<i64>* g = count_to(1);
    std::string r = text(repr_of(g));
    check(r.rfind("<generator object count_to at 0x", 0) == 0 && r.back() == '>', "repr");
    check(text(str_of(g)) == r, "str == repr");
    auto* m = make_generator<i64>("Tree.inorder", [](yielder<i64>&) {});
    check(text(repr_of(m)).rfind("<generator object Tree.inorder at 0x", 0) == 0, "repr of qualname");
}

void test_exceptions() {
    generator<i64>* g = make_generator<i64>("failing", [](yielder<i64>& y) {
        y.yield(1);
        raise_value_error("bad value");
    });
    check(g->next() == 1, "value before the exception");
    bool caught = false;
    try {
        g->next();
    } catch (ValueError* e) {
        caught = text(e->str_()) == "bad value";
    }
    check(caught, "exception propagates to next() with its own type");
    i64 v;
    check(!g->next(v), "generator is finished after raising");

    // In a range-for.
    caught = false;
    i64 seen = 0;
    try {
        for (i64 x : *make_generator<i64>("f2", [](yielder<i64>& y) {
                 y.yield(5);
                 throw gc_new<KeyError>(str::from_cstr("'k'"));
             }))
            seen += x;
    } catch (KeyError* e) {
        caught = true;
    }
    check(caught && seen == 5, "exception inside a range-for");

    // PEP 479.
    std::string msg;
    try {
        make_generator<i64>("stopper", [](yielder<i64>&) { raise_stop_iteration(); })->next();
    } catch (RuntimeError* e) {
        msg = text(e->str_());
    }
    check(msg == "generator raised StopIteration", "StopIteration in the body becomes RuntimeError");

    // The body catches its own exceptions.
    auto* h = make_generator<i64>("inner_try", [](yielder<i64>& y) {
        for (i64 i = 0; i < 3; ++i) {
            try {
                if (i == 1) raise_value_error("x");
                y.yield(i);
            } catch (ValueError*) {
                y.yield(100);
            }
        }
    });
    i64 s = 0;
    for (i64 x : *h) s += x;
    check(s == 0 + 100 + 2, "try/except inside the body");

    // Yield inside a catch block while the consumer is inside its own catch
    // block: each context keeps its own caught-exception stack.
    auto* k2 = make_generator<i64>("yield_in_catch", [](yielder<i64>& y) {
        try {
            raise_value_error("inner");
        } catch (ValueError*) {
            y.yield(1);
            y.yield(2);
        }
        y.yield(3);
    });
    i64 total = 0;
    try {
        raise_index_error("outer");
    } catch (IndexError* outer) {
        total += k2->next();
        try {
            raise_key_error(str::from_cstr("'z'"));
        } catch (KeyError*) {
            total += k2->next();
        }
        total += k2->next();
        check(text(outer->str_()) == "outer", "consumer's caught exception intact");
    }
    check(total == 6, "yield inside catch blocks");
    try {
        throw gc_new<ValueError>("again");
    } catch (ValueError* e) {
        check(text(e->str_()) == "again", "exception handling works afterwards");
    }

    // Re-entrance.
    generator<i64>* self = nullptr;
    std::string reentry;
    self = make_generator<i64>("selfish", [&](yielder<i64>& y) {
        try {
            self->next();
        } catch (ValueError* e) {
            reentry = text(e->str_());
        }
        y.yield(1);
    });
    self->next();
    check(reentry == "generator already executing", "next() on a running generator");
}

generator<i64>* walk(i64 depth, i64 base) {
    return make_generator<i64>("walk", [=](yielder<i64>& y) {
        if (depth == 0) {
            y.yield(base);
            return;
        }
        y.yield_from(walk(depth - 1, base * 2));
        y.yield_from(walk(depth - 1, base * 2 + 1));
    });
}

void test_nesting() {
    i64 n = 0, sum = 0;
    for (i64 x : *walk(10, 0)) {
        ++n;
        sum += x;
    }
    check(n == 1024 && sum == 1023 * 1024 / 2, "recursive yield from (depth 10)");
    auto* l = list<i64>::make({1, 2, 3});
    auto* g = make_generator<double>("from_list", [=](yielder<double>& y) { y.yield_from(l); });
    double d = 0;
    for (double x : *g) d += x;
    check(d == 6.0, "yield from a list");

    // A generator that consumes another one inside its body.
    auto* squares = make_generator<i64>("squares", [](yielder<i64>& y) {
        for (i64 x : *count_to(5)) y.yield(x * x);
    });
    i64 s = 0;
    for (i64 x : *squares) s += x;
    check(s == 0 + 1 + 4 + 9 + 16, "generator consuming a generator");

    // Deep recursion inside a body (its own 256 KiB stack).
    struct R {
        static i64 depth(i64 n) { return n == 0 ? 0 : 1 + depth(n - 1) + (n & 0); }
    };
    auto* deep = make_generator<i64>("deep", [](yielder<i64>& y) { y.yield(R::depth(2000)); });
    check(deep->next() == 2000, "recursion inside a generator body");
}

// Hidden pointer in malloc memory: cleared by the collector when the object dies.
struct weak_ref {
    GC_hidden_pointer* cell;
    explicit weak_ref(void* obj) {
        cell = static_cast<GC_hidden_pointer*>(std::malloc(sizeof(GC_hidden_pointer)));
        *cell = GC_HIDE_POINTER(obj);
        GC_general_register_disappearing_link(reinterpret_cast<void**>(cell), obj);
    }
    bool alive() const { return *cell != 0; }
};

weak_ref* g_weak = nullptr;

__attribute__((noinline)) void churn() {
    for (int i = 0; i < 20000; ++i) {
        auto* l = list<i64>::make_empty();
        for (int j = 0; j < 8; ++j) l->append(j);
    }
    GC_gcollect();
    GC_gcollect();
}

__attribute__((noinline)) generator<i64>* make_holder() {
    return make_generator<i64>("holder", [](yielder<i64>& y) {
        // The only reference to this list lives on the generator's stack.
        list<str*>* l = list<str*>::make_empty();
        for (int i = 0; i < 100; ++i) l->append(str::from_cstr(std::to_string(i * 7).c_str()));
        g_weak = new weak_ref(l);
        y.yield(1);
        i64 ok = 1;
        for (int i = 0; i < 100; ++i)
            if (text(l->getitem(i)) != std::to_string(i * 7)) ok = 0;
        y.yield(ok);
    });
}

void test_gc_keeps_suspended_stack() {
    generator<i64>* g = make_holder();
    g->next();
    churn();
    check(g_weak->alive(), "object referenced only from a suspended generator survives GC_gcollect");
    check(g->next() == 1, "its contents are intact after collections");
    delete g_weak;
}

// A collection while a nested generator runs: the consumer's stack and the
// outer generator's stack are then "active but not running" contexts.
__attribute__((noinline)) void test_gc_while_running() {
    list<str*>* mine = list<str*>::make_empty();
    for (int i = 0; i < 50; ++i) mine->append(str::from_cstr(std::to_string(i).c_str()));
    weak_ref w(mine);
    auto* outer = make_generator<i64>("outer", [](yielder<i64>& y) {
        list<i64>* outer_list = list<i64>::make({4, 5, 6});
        weak_ref ow(outer_list);
        auto* inner = make_generator<i64>("inner", [](yielder<i64>& y2) {
            churn();
            y2.yield(1);
            churn();
        });
        for (i64 v : *inner) y.yield(v + (ow.alive() ? outer_list->getitem(2) : -100));
        churn();
        y.yield(ow.alive() ? outer_list->getitem(0) : -100);
    });
    i64 total = 0;
    for (i64 v : *outer) total += v;
    check(total == 7 + 4, "collections inside nested generators keep their stacks' objects");
    check(w.alive() && text(mine->getitem(49)) == "49", "consumer's objects survive collections inside generators");
}

__attribute__((noinline)) void abandon_one(int i) {
    auto* g = make_generator<i64>("abandoned", [i](yielder<i64>& y) {
        list<i64>* l = list<i64>::make_empty();
        for (int j = 0; j < 16; ++j) l->append(i + j);
        y.yield(l->getitem(3));
        y.yield(0);
    });
    if (g->next() != i + 3) std::abort();
}

__attribute__((noinline)) void make_abandoned_generator_with_weak() {
    auto* g = make_generator<i64>("abandoned_weak", [](yielder<i64>& y) {
        list<i64>* l = list<i64>::make_empty();
        l->append(1);
        g_weak = new weak_ref(l);
        y.yield(1);
        y.yield(l->getitem(0));
    });
    g->next();
}

__attribute__((noinline)) void clobber_stack() {
    volatile char buf[16384];
    for (std::size_t i = 0; i < sizeof buf; ++i) buf[i] = 0;
}

void test_gc_collects_abandoned() {
    // 100000 suspended generators dropped: without collection their stacks
    // (two mappings each) would exhaust vm.max_map_count (65530).
    for (int i = 0; i < 100000; ++i) abandon_one(i);
    check(true, "100000 abandoned suspended generators");

    make_abandoned_generator_with_weak();
    clobber_stack();
    bool collected = false;
    for (int i = 0; i < 10 && !collected; ++i) {
        churn();
        clobber_stack();
        collected = !g_weak->alive();
    }
    check(collected, "a list referenced only by an abandoned generator is collected");
}


// return v, throw(), close(): what CPython's generators do with them.
generator<i64>* returns_sum(i64 n) {
    return make_generator<i64>("returns_sum", [=](yielder<i64>& y) {
        i64 total = 0;
        for (i64 i = 0; i < n; ++i) {
            total += i;
            y.yield(i);
        }
        y.returns(total, &make_stop<i64>);
    });
}

void test_return_throw_close() {
    generator<i64>* g = returns_sum(3);
    for (i64 x : *g) (void)x;
    check(g->returned_value<i64>() == 3, "return v is kept after the loop");
    std::string first;
    try {
        g->next();
    } catch (StopIteration* e) {
        first = e->message ? text(e->message) : "<none>";
    }
    check(first == "<none>", "the loop took the StopIteration carrying v; a later one carries nothing");

    generator<i64>* h = returns_sum(1);
    h->next();
    try {
        h->next();
    } catch (StopIteration* e) {
        first = e->message ? text(e->message) : "<none>";
    }
    check(first == "0", "StopIteration(v) after return v");

    auto* outer = make_generator<i64>("outer", [=](yielder<i64>& y) {
        i64 r = y.template yield_from_value<i64>(returns_sum(4));
        y.yield(100 + r);
    });
    i64 last = 0;
    for (i64 x : *outer) last = x;
    check(last == 106, "x = yield from sub() is sub's return value");

    bool cleaned = false;
    bool* flag = &cleaned;
    auto* closing = make_generator<i64>("closing", [=](yielder<i64>& y) {
        try {
            y.yield(1);
            y.yield(2);
        } catch (GeneratorExit*) {
            *flag = true;
            throw;
        }
    });
    closing->next();
    closing->close();
    check(cleaned && closing->status() == generator_base::state::done, "close() raises GeneratorExit at the yield");

    auto* catcher = make_generator<i64>("catcher", [=](yielder<i64>& y) {
        i64 n = 0;
        for (;;) {
            try {
                y.yield(n);
            } catch (ValueError*) {
                n += 10;
            }
        }
    });
    catcher->next();
    check(catcher->throw_exc(gc_new<ValueError>("x")) == 10, "throw() returns the next value yielded");
    bool propagated = false;
    try {
        catcher->throw_exc(gc_new<KeyError>("k"));
    } catch (KeyError*) {
        propagated = true;
    }
    check(propagated && catcher->status() == generator_base::state::done, "an uncaught thrown exception finishes it");

    auto* stubborn = make_generator<i64>("stubborn", [=](yielder<i64>& y) {
        try {
            y.yield(1);
        } catch (GeneratorExit*) {
            y.yield(2);
        }
    });
    stubborn->next();
    bool ignored = false;
    try {
        stubborn->close();
    } catch (RuntimeError* e) {
        ignored = text(e->message) == "generator ignored GeneratorExit";
    }
    check(ignored, "a yield after GeneratorExit is a RuntimeError");
}

}  // namespace

int main() {
    GC_INIT();
    test_basic();
    test_repr();
    test_exceptions();
    test_nesting();
    test_return_throw_close();
    test_gc_keeps_suspended_stack();
    test_gc_while_running();
    test_gc_collects_abandoned();
    std::printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed ? 1 : 0;
}
