#include <krait/runtime.h>
using namespace krait;

static void module_body() {
    i64 x = 0;
    print_line(int_floordiv(10, x));
}

int main(int argc, char** argv) { return run_main(argc, argv, "uncaught_zero.py", module_body); }
