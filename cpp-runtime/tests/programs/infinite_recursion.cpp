// Unbounded recursion as the generator would emit it: the guard page below
// the module stack turns the overflow into CPython's RecursionError.
#include <krait/runtime.h>
using namespace krait;
using namespace krait::literals;

static i64 f(i64 n) {
    i64 x = f(int_add(n, 1));
    print_line(x);
    return x;
}

static void module_body() {
    print_line("start"_s);
    f(0);
}

int main(int argc, char** argv) { return run_main(argc, argv, "infinite_recursion.py", module_body); }
