// main.h -- program entry for generated code.
//
//   static void module_body() { ... }
//   int main(int argc, char** argv) {
//       return krait::run_main(argc, argv, "hello.py", module_body);
//   }
//
// run_main initialises the GC, records sys.argv, runs the module body and
// handles an uncaught exception exactly like CPython's last traceback line
// (exit status 1), SystemExit (its code), and flushes stdout.
#pragma once

#include "krait/exceptions.h"
#include "krait/list.h"

namespace krait {

int run_main(int argc, char** argv, const char* script_name, void (*module_body)());

/// sys.argv (argv[0] is the script name, as in CPython).
list<str*>* sys_argv();
/// sys.exit(code)
[[noreturn]] void sys_exit();
[[noreturn]] void sys_exit(i64 code);
[[noreturn]] void sys_exit(NoneType);
[[noreturn]] void sys_exit(str* message);

}  // namespace krait
