// coroutine.cpp -- context switching, coroutine stacks, their GC integration,
// and generator objects (see coroutine.h and generator.h).
#include "krait/coroutine.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cxxabi.h>
#include <string>

#include <gc/gc_mark.h>

#include "krait/generator.h"

#if defined(__SANITIZE_ADDRESS__)
#define KRAIT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KRAIT_ASAN 1
#endif
#endif
#ifdef KRAIT_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#define KRAIT_NO_ASAN __attribute__((no_sanitize("address")))
#else
#define KRAIT_NO_ASAN
#endif
// The mark procedure also sees free cells of the generator kind (zero-filled,
// no vtable): UBSan's vptr check must not look at them.
#if defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 8)
#define KRAIT_NO_VPTR_CHECK __attribute__((no_sanitize("vptr")))
#else
#define KRAIT_NO_VPTR_CHECK
#endif

#if !defined(__x86_64__)
#error "krait coroutines: only x86-64 is supported"
#endif

// ---- the context switch --------------------------------------------------
//
// krait_ctx_switch(save, load): pushes the callee-saved registers (System V
// x86-64: rbp rbx r12-r15) on the current stack, stores rsp in *save, loads
// rsp = load, pops the other context's registers and returns into it.
// MXCSR and the x87 control word are not switched (Krait never changes them).
//
// A new context's stack is prepared so that the first switch "returns" into
// krait_ctx_trampoline with r12 = argument and r13 = entry function; the
// trampoline calls entry(arg), which never returns.
extern "C" void krait_ctx_switch(void** save, void* load);
// Declared by gc.h only under GC_THREADS; weak so a non-threaded libgc links.
extern "C" __attribute__((weak)) void GC_allow_register_threads(void);
extern "C" void krait_ctx_trampoline();

asm(R"(
    .text
    .p2align 4
    .globl krait_ctx_switch
    .hidden krait_ctx_switch
    .type krait_ctx_switch, @function
krait_ctx_switch:
    .cfi_startproc
    pushq %rbp
    .cfi_adjust_cfa_offset 8
    pushq %rbx
    .cfi_adjust_cfa_offset 8
    pushq %r12
    .cfi_adjust_cfa_offset 8
    pushq %r13
    .cfi_adjust_cfa_offset 8
    pushq %r14
    .cfi_adjust_cfa_offset 8
    pushq %r15
    .cfi_adjust_cfa_offset 8
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    .cfi_adjust_cfa_offset -8
    popq %r14
    .cfi_adjust_cfa_offset -8
    popq %r13
    .cfi_adjust_cfa_offset -8
    popq %r12
    .cfi_adjust_cfa_offset -8
    popq %rbx
    .cfi_adjust_cfa_offset -8
    popq %rbp
    .cfi_adjust_cfa_offset -8
    popq %rcx
    .cfi_adjust_cfa_offset -8
    jmpq *%rcx
    .cfi_endproc
    .size krait_ctx_switch, .-krait_ctx_switch

    .p2align 4
    .globl krait_ctx_trampoline
    .hidden krait_ctx_trampoline
    .type krait_ctx_trampoline, @function
krait_ctx_trampoline:
    .cfi_startproc
    .cfi_undefined rip
    movq %r12, %rdi
    callq *%r13
    ud2
    .cfi_endproc
    .size krait_ctx_trampoline, .-krait_ctx_trampoline
)");

namespace krait {
namespace detail {

namespace {

/// libstdc++/libc++abi's per-thread exception state (__cxa_eh_globals):
/// switched with the context, so a `catch` block that yields (or a consumer
/// in a `catch` block that calls next()) keeps its own caught-exception stack.
struct eh_globals {
    void* caught;
    unsigned uncaught;
};

coro_context g_thread_ctx;               // the thread's own stack
coro_context* g_current = &g_thread_ctx;  // static storage: a GC root
[[maybe_unused]] coro_context* g_switch_from = nullptr;    // for AddressSanitizer bookkeeping
void* g_gc_thread = nullptr;              // GC handle of the (only) thread
GC_push_other_roots_proc g_prev_push_roots = nullptr;
bool g_initialized = false;
eh_globals* g_eh = nullptr;               // this thread's __cxa_get_globals()

std::size_t page_size() {
    static std::size_t p = std::size_t(::sysconf(_SC_PAGESIZE));
    return p;
}

/// Stacks of the default size that finished generators gave back.
constexpr int kPoolMax = 1024;
char* g_pool[kPoolMax];
int g_pool_n = 0;

/// Stacks currently mapped for contexts. Each costs two kernel mappings
/// (vm.max_map_count is 65530 by default) while the collector knows nothing
/// about them, so when many are outstanding (typically generators abandoned
/// half-way, which only a collection releases) a collection is forced.
std::size_t g_live_stacks = 0;
std::size_t g_collect_at = 1024;

void collect_if_many_stacks() {
    if (g_live_stacks < g_collect_at) return;
    GC_gcollect();
    GC_invoke_finalizers();  // releases the stacks of unreachable generators
    g_collect_at = std::max<std::size_t>(1024, 2 * g_live_stacks);
}

/// The collector's root hook (called with the GC lock held, before it scans
/// thread stacks, which the previous hook does): the running context's stack
/// is the thread stack; active contexts other than the running one are roots
/// from their saved stack pointer to their top. Setting the stack bottom here
/// rather than at every switch keeps switches cheap (a threads-enabled libgc
/// reads it only when scanning thread stacks; GC_clear_stack's use of it is
/// disabled by GC_allow_register_threads in coro_init).
void GC_CALLBACK push_active_stacks() {
    GC_stack_base sb;
    sb.mem_base = g_current->stack_hi;
    GC_set_stackbottom(g_gc_thread, &sb);
    if (g_prev_push_roots) g_prev_push_roots();
    for (coro_context* c = g_current->resumer; c; c = c->resumer) {
        if (c->sp && c->stack_hi) GC_push_all_eager(c->sp, c->stack_hi);
    }
}

inline void switch_to(coro_context* from, coro_context* to, [[maybe_unused]] bool exiting) {
    eh_globals* eh = g_eh;
    from->eh_caught = eh->caught;
    from->eh_uncaught = eh->uncaught;
    eh->caught = to->eh_caught;
    eh->uncaught = to->eh_uncaught;
    g_current = to;
#ifdef KRAIT_ASAN
    g_switch_from = from;
    __sanitizer_start_switch_fiber(exiting ? nullptr : &from->asan_fake_stack, to->stack_lo,
                                   std::size_t(to->stack_hi - to->stack_lo));
#endif
    krait_ctx_switch(&from->sp, to->sp);
#ifdef KRAIT_ASAN
    // Running `from` again; learn the bounds of the stack we came from.
    const void* bottom = nullptr;
    std::size_t size = 0;
    __sanitizer_finish_switch_fiber(from->asan_fake_stack, &bottom, &size);
    if (g_switch_from && !g_switch_from->stack_lo) {
        g_switch_from->stack_lo = static_cast<char*>(const_cast<void*>(bottom));
    }
    g_switch_from = nullptr;  // a static pointer would keep a generator alive
#endif
}

}  // namespace

coro_context* current_context() { return g_current; }

void coro_init() {
    if (g_initialized) return;
    g_initialized = true;
    g_eh = reinterpret_cast<eh_globals*>(abi::__cxa_get_globals());
    if (!GC_is_init_called()) GC_init();
    GC_stack_base sb;
    g_gc_thread = GC_get_my_stackbottom(&sb);
    g_thread_ctx.stack_hi = static_cast<char*>(sb.mem_base);
    // Makes GC_clear_stack clear only a small fixed area: otherwise it tracks
    // a low-water mark of the stack pointer across switches and would try to
    // zero the thread stack down to a coroutine stack's address.
    if (&GC_allow_register_threads) GC_allow_register_threads();
    g_prev_push_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_active_stacks);
}

void stack_allocate(coro_context& c, std::size_t usable) {
    coro_init();
    collect_if_many_stacks();
    std::size_t page = page_size();
    usable = (usable + page - 1) / page * page;
    std::size_t total = usable + kStackGuard;
    char* base = nullptr;
    if (usable == kGeneratorStackSize && g_pool_n > 0) {
        base = g_pool[--g_pool_n];
    } else {
        void* p = ::mmap(nullptr, total, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
        if (p == MAP_FAILED) raise_memory_error();
        base = static_cast<char*>(p);
        if (::mprotect(base, kStackGuard, PROT_NONE) != 0) {
            ::munmap(base, total);
            raise_memory_error();
        }
    }
    c.stack_lo = base + kStackGuard;
    c.stack_hi = base + total;
    c.map_size = total;
    c.sp = nullptr;
    ++g_live_stacks;
}

void stack_release(coro_context& c) {
    if (!c.map_size) return;
    char* base = c.stack_lo - kStackGuard;
    char* c_hi = c.stack_hi;
    char* deepest = c.deepest;
    c.deepest = nullptr;
    std::size_t total = c.map_size;
#ifdef KRAIT_ASAN
    ASAN_UNPOISON_MEMORY_REGION(c.stack_lo, std::size_t(c.stack_hi - c.stack_lo));
#endif
    c.map_size = 0;
    --g_live_stacks;
    c.stack_lo = c.stack_hi = nullptr;
    c.sp = nullptr;
    if (total == kGeneratorStackSize + kStackGuard && g_pool_n < kPoolMax) {
        // A pooled stack keeps its touched pages. If it was seen deep (stack
        // pointer at a yield below the top 32 KiB), give the rest back.
        constexpr std::size_t kKeep = 32 * 1024;
        if (deepest && deepest < c_hi - kKeep) {
            ::madvise(base + kStackGuard, total - kStackGuard - kKeep, MADV_DONTNEED);
        }
        g_pool[g_pool_n++] = base;
    } else {
        ::munmap(base, total);
    }
}

void context_prepare(coro_context& c, void (*entry)(void*), void* arg) {
    // Stack top is page aligned; after the six pops and `ret` the trampoline
    // runs with rsp == top (16-byte aligned), so entry sees the ABI alignment.
    void** sp = reinterpret_cast<void**>(c.stack_hi);
    *--sp = reinterpret_cast<void*>(&krait_ctx_trampoline);  // ret target
    *--sp = nullptr;                                          // rbp
    *--sp = nullptr;                                          // rbx
    *--sp = arg;                                              // r12
    *--sp = reinterpret_cast<void*>(entry);                   // r13
    *--sp = nullptr;                                          // r14
    *--sp = nullptr;                                          // r15
    c.sp = sp;
    c.eh_caught = nullptr;
    c.eh_uncaught = 0;
    c.asan_fake_stack = nullptr;
}

void context_resume(coro_context& to) {
    coro_context* from = g_current;
    to.resumer = from;
    switch_to(from, &to, false);
}

// Leaving a context clears its `resumer`: a stale pointer there would keep
// the (GC-allocated) resumer alive as long as this context's owner.
void context_suspend() {
    coro_context* from = g_current;
    char* here = static_cast<char*>(__builtin_frame_address(0));
    if (!from->deepest || here < from->deepest) from->deepest = here;
    coro_context* to = from->resumer;
    from->resumer = nullptr;
    switch_to(from, to, false);
}

void context_exit() {
    coro_context* from = g_current;
    coro_context* to = from->resumer;
    from->resumer = nullptr;
    switch_to(from, to, true);
    __builtin_unreachable();
}

void context_started() {
#ifdef KRAIT_ASAN
    const void* bottom = nullptr;
    std::size_t size = 0;
    __sanitizer_finish_switch_fiber(nullptr, &bottom, &size);
    if (g_switch_from && !g_switch_from->stack_lo) {
        g_switch_from->stack_lo = static_cast<char*>(const_cast<void*>(bottom));
    }
    g_switch_from = nullptr;
#endif
}

}  // namespace detail

// ---- generator objects ---------------------------------------------------

struct generator_gc {
    static unsigned kind;

    // Scans the object's words and, while it is suspended, its stack. Called
    // by the collector for every marked object of the generator kind,
    // including free cells (zero-filled but for their first word).
    KRAIT_NO_ASAN KRAIT_NO_VPTR_CHECK static GC_ms_entry* mark(GC_word* addr, GC_ms_entry* msp, GC_ms_entry* lim, GC_word) {
        auto* g = reinterpret_cast<generator_base*>(addr);
        std::size_t words = g->object_bytes_ / sizeof(GC_word);
        for (std::size_t i = 0; i < words; ++i) {
            msp = GC_MARK_AND_PUSH(reinterpret_cast<void*>(addr[i]), msp, lim,
                                   reinterpret_cast<void**>(addr + i));
        }
        if (words && g->state_ == generator_base::state::suspended && g->ctx_.sp &&
            g->ctx_.stack_hi) {
            auto* p = static_cast<GC_word*>(g->ctx_.sp);
            auto* end = reinterpret_cast<GC_word*>(g->ctx_.stack_hi);
            for (; p < end; ++p) {
                msp = GC_MARK_AND_PUSH(reinterpret_cast<void*>(*p), msp, lim,
                                       reinterpret_cast<void**>(p));
            }
        }
        return msp;
    }

    // An unreachable generator that still holds a stack (abandoned while
    // suspended): give the stack back.
    static void GC_CALLBACK finalize(void* obj, void*) {
        auto* g = static_cast<generator_base*>(obj);
        if (g->state_ != generator_base::state::running) detail::stack_release(g->ctx_);
    }
};
unsigned generator_gc::kind = 0;

void* detail::generator_alloc(std::size_t bytes) {
    if (KRAIT_UNLIKELY(!generator_gc::kind)) {
        coro_init();
        unsigned proc = GC_new_proc(&generator_gc::mark);
        generator_gc::kind = GC_new_kind(GC_new_free_list(), GC_MAKE_PROC(proc, 0), 0, 1);
    }
    void* p = GC_generic_malloc(bytes, int(generator_gc::kind));
    if (KRAIT_UNLIKELY(!p)) raise_memory_error();
    return p;
}

void generator_base::entry(void* self) {
    detail::context_started();
    auto* g = static_cast<generator_base*>(self);
    try {
        g->run_body();
    } catch (StopIteration*) {
        // PEP 479: StopIteration escaping a generator body is a RuntimeError.
        RuntimeError* e = gc_new<RuntimeError>("generator raised StopIteration");
        g->pending_obj_ = e;
        g->pending_ = std::make_exception_ptr(e);
    } catch (BaseException* e) {
        g->pending_obj_ = e;
        g->pending_ = std::current_exception();
    } catch (...) {
        g->pending_ = std::current_exception();
    }
    g->state_ = state::done;
    detail::context_exit();
}

void generator_base::resume() {
    // the body's frame counts as one level while it runs (CPython counts a resumed generator's
    // frame): recursive yield-from chains end in RecursionError, raised here in the consumer
    if (KRAIT_UNLIKELY(++detail::g_recursion_depth > detail::g_recursion_limit)) detail::raise_recursion_error();
    if (state_ == state::created) {
        detail::stack_allocate(ctx_, stack_bytes_);
        detail::context_prepare(ctx_, &generator_base::entry, this);
        GC_register_finalizer_no_order(this, &generator_gc::finalize, nullptr, nullptr, nullptr);
    }
    state_ = state::running;
    detail::context_resume(ctx_);
    --detail::g_recursion_depth;
    if (state_ == state::done) {
        detail::stack_release(ctx_);
        GC_register_finalizer_no_order(this, nullptr, nullptr, nullptr, nullptr);
        if (pending_) {
            std::exception_ptr p = std::move(pending_);
            pending_ = nullptr;
            std::rethrow_exception(p);
        }
    }
}

void generator_base::close() {
    if (state_ == state::created) {
        state_ = state::done;
        return;
    }
    if (state_ == state::done) return;
    if (state_ == state::running) raise_already_executing();
    GeneratorExit* exit = gc_new<GeneratorExit>();
    set_thrown(std::make_exception_ptr(exit), exit);
    try {
        resume();
    } catch (GeneratorExit*) {
        return;  // the body let it through (or raised another GeneratorExit)
    }
    if (state_ == state::suspended) raise_runtime_error("generator ignored GeneratorExit");
}

void generator_closer::close_ignoring_errors(generator_base* g) noexcept {
    try {
        g->close();
    } catch (BaseException* e) {
        str* r = g->repr_();
        str* summary = exception_summary(e);
        std::fprintf(stderr, "Exception ignored in: %.*s\n%.*s\n", int(r->nbytes()), r->data(), int(summary->nbytes()),
                     summary->data());
    } catch (...) {
    }
}

void generator_base::raise_stop() {
    StopIteration* (*make)(void*) = make_stop_;
    void* box = returned_;
    make_stop_ = nullptr;
    if (make == nullptr) raise_stop_iteration();
    throw make(box);
}

void generator_base::rethrow_thrown() {
    thrown_obj_ = nullptr;
    std::exception_ptr p = std::move(thrown_);
    thrown_ = nullptr;
    std::rethrow_exception(p);
}

void generator_base::raise_already_executing() { raise_value_error("generator already executing"); }

str* generator_base::repr_() const {
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<const void*>(this));
    std::string out = "<generator object ";
    out += name_ ? name_ : "?";
    out += buf;
    return str::from_utf8(out);
}

}  // namespace krait
