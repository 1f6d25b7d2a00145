#include <krait/runtime.h>
using namespace krait;
using namespace krait::literals;

static void module_body() {
    try {
        sys_exit(i64(3));
    } catch (...) {
        print_line("finally runs"_s);
        throw;
    }
}

int main(int argc, char** argv) { return run_main(argc, argv, "exit_int.py", module_body); }
