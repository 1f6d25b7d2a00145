// sys_module.cpp -- sys.stderr and sys.stdin (see sys_module.h).
#include "krait/sys_module.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace krait::sys {

i64 stderr_write(str* s) {
    krait::stderr_write(std::string(s->view()));
    return s->len();
}

str* stdin_readline() {
    flush_stdout();  // a prompt written before reading shows, as with input()
    char* line = nullptr;
    std::size_t cap = 0;
    ssize_t n = ::getline(&line, &cap, stdin);
    str* s = n < 0 ? str::empty() : str::from_utf8(line, std::size_t(n));
    std::free(line);
    return s;
}

str* stdin_read() {
    flush_stdout();
    std::string all;
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) all.append(buf, n);
    return str::from_utf8(all);
}

list<str*>* stdin_readlines() {
    list<str*>* out = list<str*>::make_empty();
    for (;;) {
        str* line = stdin_readline();
        if (line->nbytes() == 0) return out;
        out->append(line);
    }
}

}  // namespace krait::sys
