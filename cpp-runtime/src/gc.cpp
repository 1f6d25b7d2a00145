// gc.cpp -- the small-object free lists behind gc_alloc/gc_alloc_atomic (gc.h).
#include "krait/gc.h"

#include <cstring>

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
