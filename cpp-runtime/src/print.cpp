// print.cpp -- the stdout buffer, stderr output and input().
#include "krait/print.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "krait/exceptions.h"

namespace krait {

namespace detail {
std::string g_stdout;
bool g_stdout_line_buffered = false;

namespace {
void write_all(int fd, const char* p, std::size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;  // nowhere to report it
        }
        p += w;
        n -= std::size_t(w);
    }
}
}  // namespace

void stdout_write_out() {
    if (g_stdout.empty()) return;
    write_all(1, g_stdout.data(), g_stdout.size());
    g_stdout.clear();
}
}  // namespace detail

void flush_stdout() { detail::stdout_write_out(); }

i64 stdout_write(str* s) {
    detail::g_stdout.append(s->data(), std::size_t(s->nbytes()));
    detail::stdout_after_print();
    return s->len();
}

void stderr_write(const std::string& bytes) {
    flush_stdout();
    detail::write_all(2, bytes.data(), bytes.size());
}

str* input(str* prompt) {
    if (prompt) detail::g_stdout.append(prompt->data(), std::size_t(prompt->nbytes()));
    flush_stdout();
    char* line = nullptr;
    std::size_t cap = 0;
    ssize_t n = ::getline(&line, &cap, stdin);
    if (n < 0) {
        std::free(line);
        throw gc_new<EOFError>("EOF when reading a line");
    }
    if (n > 0 && line[n - 1] == '\n') --n;
    str* s = str::from_utf8(line, std::size_t(n));
    std::free(line);
    return s;
}

}  // namespace krait
