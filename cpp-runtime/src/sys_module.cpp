// sys_module.cpp -- sys.stderr (see sys_module.h).
#include "krait/sys_module.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace krait::sys {

i64 stderr_write(str* s) {
    krait::stderr_write(std::string(s->view()));
    return s->len();
}

}  // namespace krait::sys
