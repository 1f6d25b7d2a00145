// main.cpp -- run_main: GC start-up, sys.argv, uncaught exceptions, exit.
#include "krait/main.h"

#include <unistd.h>

#include <cstdlib>
#include <string>

#include "krait/print.h"

namespace krait {

namespace {
list<str*>* g_argv = nullptr;  // static storage: a GC root

void flush_at_exit() { flush_stdout(); }

/// CPython's handling of SystemExit: returns the process exit status.
int exit_status_of(SystemExit* e) {
    switch (e->kind) {
        case SystemExit::Kind::None:
            return 0;
        case SystemExit::Kind::Int:
            return int(e->code & 0xFF);
        case SystemExit::Kind::Other:
        default: {
            std::string text;
            str* s = e->str_();
            text.append(s->data(), std::size_t(s->nbytes()));
            text += '\n';
            stderr_write(text);
            return 1;
        }
    }
}
}  // namespace

list<str*>* sys_argv() { return g_argv; }

void sys_exit() { throw gc_new<SystemExit>(); }
void sys_exit(NoneType) { throw gc_new<SystemExit>(); }
void sys_exit(i64 code) { throw gc_new<SystemExit>(code); }
void sys_exit(str* message) {
    if (!message) throw gc_new<SystemExit>();
    throw gc_new<SystemExit>(message);
}

int run_main(int argc, char** argv, const char* script_name, void (*module_body)()) {
    GC_INIT();
    detail::g_stdout.reserve(1u << 17);
    detail::g_stdout_line_buffered = ::isatty(1) != 0;
    std::atexit(flush_at_exit);
    g_argv = list<str*>::make_empty();
    g_argv->append(str::from_cstr(script_name));
    for (int i = 1; i < argc; ++i) g_argv->append(str::from_cstr(argv[i]));
    try {
        module_body();
    } catch (SystemExit* e) {
        int status = exit_status_of(e);
        flush_stdout();
        return status;
    } catch (BaseException* e) {
        std::string text = "Traceback (most recent call last):\n  File \"";
        text += script_name;
        text += "\", line ?, in <module>\n";
        str* summary = exception_summary(e);
        text.append(summary->data(), std::size_t(summary->nbytes()));
        text += '\n';
        stderr_write(text);
        return 1;
    }
    flush_stdout();
    return 0;
}

}  // namespace krait
