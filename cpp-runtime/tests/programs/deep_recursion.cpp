// Legitimately deep recursion (100000 levels) on the module stack.
#include <krait/runtime.h>
using namespace krait;

static list<i64>* build(i64 n) {
    if (n == 0) return list<i64>::make_empty();
    list<i64>* items = build(int_sub(n, 1));
    items->append(int_mod(int_mul(n, n), 7));
    return items;
}

static i64 depth(i64 n) {
    if (n == 0) return 0;
    i64 d = depth(int_sub(n, 1));
    return int_add(d, 1);
}

static void module_body() {
    list<i64>* xs = build(100000);
    print_line(len(xs), sum_of(xs), xs->slice(std::nullopt, 5));
    print_line(depth(100000));
}

int main(int argc, char** argv) { return run_main(argc, argv, "deep_recursion.py", module_body); }
