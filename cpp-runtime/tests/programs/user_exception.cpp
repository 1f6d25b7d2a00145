// A user-defined exception class as the generator would emit it.
#include <krait/runtime.h>
using namespace krait;
using namespace krait::literals;

struct AppError : Exception {
    using Exception::Exception;
    const char* class_name() const override { return "AppError"; }
    const char* module_name() const override { return "__main__"; }
};

static void module_body() {
    print_line("x"_s);
    throw gc_new<AppError>("went wrong"_s);
}

int main(int argc, char** argv) { return run_main(argc, argv, "user_exception.py", module_body); }
