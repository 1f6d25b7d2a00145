// sys_module.h -- sys.stdout, sys.stderr and sys.stdin as Krait implements them: modules of
// functions (sys.stdout.write(s)), sharing print()'s stdout buffer and input()'s stdin.
#pragma once

#include "krait/list.h"
#include "krait/print.h"
#include "krait/str.h"

namespace krait::sys {

i64 stderr_write(str* s);
inline void stderr_flush() {}
/// sys.stdin.readline(): the next line with its newline, '' at the end of input.
str* stdin_readline();
/// sys.stdin.read(): everything left.
str* stdin_read();
/// sys.stdin.readlines()
list<str*>* stdin_readlines();

}  // namespace krait::sys
