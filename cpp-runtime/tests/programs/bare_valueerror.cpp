#include <krait/runtime.h>
using namespace krait;

static void module_body() { throw gc_new<ValueError>(); }

int main(int argc, char** argv) { return run_main(argc, argv, "bare_valueerror.py", module_body); }
