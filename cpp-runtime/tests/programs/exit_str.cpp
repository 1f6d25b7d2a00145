#include <krait/runtime.h>
using namespace krait;
using namespace krait::literals;

static void module_body() {
    print_line("out"_s);
    sys_exit("boom"_s);
}

int main(int argc, char** argv) { return run_main(argc, argv, "exit_str.py", module_body); }
