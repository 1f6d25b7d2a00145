// Mirrors uncaught_keyerror.py: stdout is flushed, then the traceback.
#include <krait/runtime.h>
using namespace krait;
using namespace krait::literals;

static void module_body() {
    print_line("before"_s);
    raise_key_error(repr_of("missing"_s));
}

int main(int argc, char** argv) { return run_main(argc, argv, "uncaught_keyerror.py", module_body); }
