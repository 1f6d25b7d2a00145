// Mirrors print_values.py.
#include <krait/runtime.h>
using namespace krait;
using namespace krait::literals;

static void module_body() {
    print_line("hello"_s, i64(42), 2.5, true, None, list<str*>::make({"a"_s, nullptr}),
               tuple<i64, str*>(1, "b"_s), 1e16, 0.1 + 0.2);
    print(", "_s, "!\n"_s, i64(1), i64(2), i64(3));
    print_line();
    print(nullptr, ""_s, "é€😀"_s, list<double>::make({1.0, -0.0}));
    print_line(" tail"_s);
    for (i64 i = 0; i < 3; ++i) print("|"_s, nullptr, i, float_of(i) * 0.5);
}

int main(int argc, char** argv) { return run_main(argc, argv, "print_values.py", module_body); }
