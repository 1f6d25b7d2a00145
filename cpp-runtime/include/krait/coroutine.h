// coroutine.h -- stackful coroutines: the machinery under generator.h and
// under run_main's large module stack (see README "Generators" and
// "Stack overflow").
//
// A context is a separate machine stack plus the stack pointer saved while it
// is not running. Switching saves the callee-saved registers on the current
// stack, stores its stack pointer, loads the other one and pops its registers
// (a few instructions of x86-64 assembly in coroutine.cpp, no system call).
//
// Contexts nest strictly: a context runs until it switches back to the
// context that resumed it (`resumer`), so the active ones form a chain from
// the thread's own stack to `current_context()`. The Boehm collector sees
//   * the running context's stack as the thread stack (its bottom is moved
//     with GC_set_stackbottom at each switch),
//   * every other active context's stack through a push-other-roots hook,
//   * a suspended generator's stack only through the generator object's mark
//     procedure, i.e. only while the generator itself is reachable, so a
//     generator abandoned half-way (and referring to itself from its own
//     stack) is still collected; its stack is then released by a finalizer.
//
// Krait programs are single-threaded: all of this state is per process.
#pragma once

#include <cstddef>

#include <gc/gc.h>

namespace krait::detail {

struct coro_context {
    void* sp = nullptr;               // saved stack pointer while not running
    char* stack_lo = nullptr;         // lowest usable byte (the guard is below it)
    char* stack_hi = nullptr;         // one past the highest byte (initial sp end)
    std::size_t map_size = 0;         // bytes mapped, guard included (0: not ours)
    coro_context* resumer = nullptr;  // the context that switched to this one
    void* eh_caught = nullptr;        // this context's C++ "caught exceptions" state
    unsigned eh_uncaught = 0;
    void* asan_fake_stack = nullptr;  // AddressSanitizer fiber bookkeeping
    char* deepest = nullptr;          // lowest frame seen at a suspension
};

/// The context running now (the thread's own stack at start-up).
coro_context* current_context();

/// Sets up GC hooks once (called by the first stack allocation).
void coro_init();

/// Maps a stack of `usable` bytes (rounded up to pages) with a guard region
/// below it; default-size stacks are recycled through a small pool.
/// Raises MemoryError when the mapping fails.
void stack_allocate(coro_context& c, std::size_t usable);
/// Returns the stack of a context that is not active to the pool / the OS.
void stack_release(coro_context& c);

/// Prepares `c` (which has a stack) to call entry(arg) when first switched to.
/// entry must never return: it ends by switching away for good.
void context_prepare(coro_context& c, void (*entry)(void*), void* arg);

/// Switches from the running context to `to` (which becomes running, with
/// `to.resumer` = the running context); returns when something switches back.
void context_resume(coro_context& to);
/// Switches from the running context back to its resumer.
void context_suspend();
/// As context_suspend, for a context that will never run again.
[[noreturn]] void context_exit();

/// Called first thing in a new context's entry function.
void context_started();

/// Bytes of inaccessible memory below every coroutine stack: running into
/// it is reported as RecursionError (see main.cpp).
inline constexpr std::size_t kStackGuard = 64 * 1024;

/// Default usable stack size of a generator (bytes; lazily committed).
inline constexpr std::size_t kGeneratorStackSize = 256 * 1024;

}  // namespace krait::detail
