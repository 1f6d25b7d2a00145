// main.cpp -- run_main: GC start-up, sys.argv, uncaught exceptions, exit.
#include "krait/main.h"

#include <signal.h>
#include <ucontext.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "krait/coroutine.h"
#include "krait/print.h"

extern "C" void* __libc_stack_end;  // glibc: the initial stack pointer, above main's frame

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

namespace {

// ---- stack overflow -> RecursionError (the fallback) ----
//
// Recursion in Python code is counted (krait::recursion_guard, exceptions.h) and
// raises a catchable RecursionError at sys.getrecursionlimit(), as CPython does.
// What the count does not see (recursion through special methods the runtime
// calls, deep generators) can still overflow the C stack, and ends here.
//
// The module body runs on a large stack of its own (kModuleStackSize, mapped
// lazily) with a guard region below it; generators have guarded stacks too.
// Running into a guard raises SIGSEGV, handled on an alternate signal stack:
// a fault inside the running context's guard region (or within 64 KiB of the
// faulting stack pointer, for the thread's own stack) is a stack overflow,
// reported like CPython's uncaught RecursionError (stdout flushed, traceback
// header, "RecursionError: maximum recursion depth exceeded", status 1).
// Other faults go to the previous handler (default: crash with SIGSEGV).
// This fallback RecursionError cannot be caught and `finally` blocks do not
// run.

/// Usable size of the module body's stack: deep recursion that CPython
/// allows with sys.setrecursionlimit (100000 levels and more) fits.
constexpr std::size_t kModuleStackSize = std::size_t(256) << 20;
constexpr std::size_t kAltStackSize = 64 * 1024;

const char* g_script_name = "<script>";
struct sigaction g_prev_segv;

void write_raw(int fd, const char* p, std::size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        p += w;
        n -= std::size_t(w);
    }
}

bool in_guard(const detail::coro_context* c, std::uintptr_t addr) {
    if (!c || !c->map_size) return false;
    auto lo = reinterpret_cast<std::uintptr_t>(c->stack_lo);
    return addr >= lo - detail::kStackGuard && addr < lo;
}

void on_segv(int sig, siginfo_t* info, void* ucv) {
    auto addr = reinterpret_cast<std::uintptr_t>(info->si_addr);
    auto sp = std::uintptr_t(static_cast<ucontext_t*>(ucv)->uc_mcontext.gregs[REG_RSP]);
    detail::coro_context* c = detail::current_context();
    bool overflow = in_guard(c, addr) || in_guard(c->resumer, addr) ||
                    (addr + 65536 > sp && addr < sp + 65536);
    if (!overflow) {
        // Not ours: keep what was printed, then let the previous disposition
        // handle the re-executed fault (by default: killed by SIGSEGV).
        write_raw(1, detail::g_stdout.data(), detail::g_stdout.size());
        detail::g_stdout.clear();
        ::sigaction(sig, &g_prev_segv, nullptr);
        return;
    }
    // Async-signal-safe from here: write(2) and _exit(2) only.
    write_raw(1, detail::g_stdout.data(), detail::g_stdout.size());
    static const char head[] = "Traceback (most recent call last):\n  File \"";
    static const char mid[] = "\", line ?, in <module>\n";
    static const char last[] = "RecursionError: maximum recursion depth exceeded\n";
    write_raw(2, head, sizeof head - 1);
    write_raw(2, g_script_name, std::strlen(g_script_name));
    write_raw(2, mid, sizeof mid - 1);
    write_raw(2, last, sizeof last - 1);
    ::_exit(1);
}

void install_overflow_handler() {
    stack_t ss{};
    ss.ss_sp = std::malloc(kAltStackSize);
    ss.ss_size = kAltStackSize;
    if (!ss.ss_sp || ::sigaltstack(&ss, nullptr) != 0) return;
    struct sigaction sa {};
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGSEGV, &sa, &g_prev_segv);
}

/// Runs the module body; returns the exit status.
int run_body(const char* script_name, void (*module_body)()) {
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

struct module_run {
    const char* script_name;
    void (*module_body)();
    int status;
};

void module_entry(void* p) {
    detail::context_started();
    auto* run = static_cast<module_run*>(p);
    run->status = run_body(run->script_name, run->module_body);
    detail::context_exit();
}

detail::coro_context g_module_ctx;  // static storage: visible to the GC
}  // namespace

int run_main(int argc, char** argv, const char* script_name, void (*module_body)()) {
    // Tuned on bench/: programs are single-threaded and most keep little live data while
    // allocating a lot, so collections are frequent and short. Parallel marker threads then cost
    // more in wake-ups than they save (fannkuch spent half its time there), and letting the heap
    // grow to about twice the live data before collecting halves the number of collections.
    // Measured CPU time: fannkuch 0.61 -> 0.26 s, raytrace 0.089 -> 0.052 s, others unchanged or
    // better. The GC_MARKERS and GC_FREE_SPACE_DIVISOR environment variables still override both.
    //
    // Start-up work the collector would otherwise do, none of which a Python program needs:
    // counting the CPUs (reads /proc/stat; GC_NPROCS), finding the main stack's base through
    // pthread_getattr_np (parses /proc/self/maps; __libc_stack_end is the same bottom for what
    // the GC scans: nothing above it holds GC pointers) and a collection of the empty heap. The
    // variables the collector reads at GC_init are removed again, so os.environ doesn't show
    // them. With the CPU feature check in core.cpp: hello world 0.90 -> 0.76 ms task-clock.
    bool set_markers = !std::getenv("GC_MARKERS") && ::setenv("GC_MARKERS", "1", 1) == 0;
    bool set_nprocs = set_markers && !std::getenv("GC_NPROCS") && ::setenv("GC_NPROCS", "1", 1) == 0;
    GC_stack_base main_stack{__libc_stack_end};
    GC_set_stackbottom(nullptr, &main_stack);
    GC_set_dont_precollect(1);
    GC_set_free_space_divisor(1);
    GC_INIT();
    if (set_markers) ::unsetenv("GC_MARKERS");
    if (set_nprocs) ::unsetenv("GC_NPROCS");
    detail::g_stdout.reserve(1u << 17);
    detail::g_stdout_line_buffered = ::isatty(1) != 0;
    std::atexit(flush_at_exit);
    g_script_name = script_name;
    g_argv = list<str*>::make_empty();
    g_argv->append(str::from_cstr(script_name));
    for (int i = 1; i < argc; ++i) g_argv->append(str::from_cstr(argv[i]));
    install_overflow_handler();
    module_run run{script_name, module_body, 0};
    try {
        detail::stack_allocate(g_module_ctx, kModuleStackSize);
    } catch (MemoryError*) {
        return run_body(script_name, module_body);  // no big stack: run here
    }
    detail::context_prepare(g_module_ctx, module_entry, &run);
    detail::context_resume(g_module_ctx);
    detail::stack_release(g_module_ctx);
    return run.status;
}

}  // namespace krait
