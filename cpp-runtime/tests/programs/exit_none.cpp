#include <krait/runtime.h>
using namespace krait;
using namespace krait::literals;

static void module_body() {
    print_line("bye"_s);
    sys_exit(None);
    print_line("unreachable"_s);
}

int main(int argc, char** argv) { return run_main(argc, argv, "exit_none.py", module_body); }
