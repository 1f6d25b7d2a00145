// Mirrors dict_stress.py: dict under random insertions, deletions, lookups and pops.
#include <krait/runtime.h>
using namespace krait;
using namespace krait::literals;

static i64 state = 777;

static i64 rnd(i64 n) {
    state = int_mod(state * 1103515245 + 12345, 2147483648LL);
    return int_mod(state >> 8, n);
}

static void module_body() {
    auto* d = dict<i64, i64>::make_empty();
    auto* s = dict<str*, i64>::make_empty();
    i64 checks = 0;
    for (i64 step = 0; step < 60000; ++step) {
        i64 op = rnd(10);
        i64 k = rnd(3000) * (step % 3 == 0 ? 1024 : 1) - 500;
        str* w = str_concat(str_of(rnd(2000)), "k"_s);
        if (op < 4) {
            d->setitem(k, step);
            s->setitem(w, d->get(k, 0) + s->get(w, 0));
        } else if (op < 6) {
            if (d->contains(k)) d->delitem(k);
            s->pop(w, 0);
        } else if (op < 8) {
            checks += d->get(k, -1) + s->get(w, -1) + (s->contains(w) ? 1 : 0);
        } else if (op == 8 && d->len() > 0 && step % 7 == 0) {
            auto kv = d->popitem();
            checks += int_mod(std::get<0>(kv), 1000);
        } else {
            checks += int_mod(d->setdefault(k, step), 1000);
        }
        if (step % 10000 == 0) print_line(step, d->len(), s->len(), checks);
    }
    print_line(d->len(), s->len(), checks);
    auto* di = d->items();
    auto* si = s->items();
    print_line(di->slice(std::nullopt, 30), di->slice(-30, std::nullopt));
    print_line(si->slice(std::nullopt, 30), si->slice(-30, std::nullopt));
}

int main(int argc, char** argv) { return run_main(argc, argv, "dict_stress.py", module_body); }
