// gc.cpp -- the small-object free lists behind gc_alloc/gc_alloc_atomic (gc.h).
#include "krait/gc.h"

#include <cerrno>
#include <cstring>

#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <gc/gc_inline.h>

namespace krait::detail {

thread_local SmallFreeLists t_atomic_lists;
thread_local SmallFreeLists t_normal_lists;

static_assert(GC_GRANULE_BYTES == 16, "gc_granules assumes 16-byte granules");
static_assert(SmallFreeLists::kSmallGranules <= GC_TINY_FREELISTS, "small sizes must be GC small objects");

void* small_alloc_slow(SmallFreeLists& fl, std::size_t granules, bool scanned) {
    for (;;) {
        if (fl.gc_no != gc_count()) {  // a collection ran: every list is stale
            std::memset(fl.lists, 0, sizeof fl.lists);
            fl.gc_no = gc_count();
        }
        void* p = fl.lists[granules];
        if (p) {
            fl.lists[granules] = *static_cast<void**>(p);
            if (scanned) *static_cast<void**>(p) = nullptr;
            return p;
        }
        void* fresh = nullptr;
        GC_generic_malloc_many(granules * GC_GRANULE_BYTES, scanned ? GC_I_NORMAL : GC_I_PTRFREE, &fresh);
        if (!fresh) raise_memory_error();
        if (fl.gc_no != gc_count()) {  // collected while refilling: the new list is current, the others are not
            std::memset(fl.lists, 0, sizeof fl.lists);
            fl.gc_no = gc_count();
        }
        fl.lists[granules] = fresh;
    }
}

}  // namespace krait::detail

#if !defined(__SANITIZE_ADDRESS__)
// The collector grows its heap with mmap (through libgc's PLT, so this definition in the
// executable is the one it calls). Programs that keep tens of megabytes alive spend a tenth to a
// fifth of their time in the kernel faulting fresh heap pages in, 4 KiB at a time; asking for
// transparent huge pages on the heap's big regions makes that one fault per 2 MiB where the
// system allows it (THP "madvise" mode, Debian's default). Measured with task-clock, best of 6,
// on the loaded 2-core machine: wordfreq 273 -> 224 ms, textproc 289 -> 263 ms, maximum RSS
// within 2%, other benchmarks unchanged. Only anonymous read-write mappings of 2 MiB or more
// are advised, never stacks (coroutine.cpp maps those with MAP_STACK) or files; the mapping
// itself is made exactly as requested, so a kernel without THP just ignores the advice.
extern "C" void* mmap(void* addr, std::size_t len, int prot, int flags, int fd, off_t off) noexcept {
    long r = ::syscall(SYS_mmap, addr, len, prot, flags, fd, off);
    void* p = reinterpret_cast<void*>(r);
    if (p != MAP_FAILED && (flags & MAP_ANONYMOUS) && !(flags & (MAP_STACK | MAP_SHARED)) &&
        prot == (PROT_READ | PROT_WRITE) && len >= (std::size_t(2) << 20)) {
        int saved = errno;
        ::madvise(p, len, MADV_HUGEPAGE);
        errno = saved;
    }
    return p;
}
#endif
