// gc.h -- allocation on the Boehm garbage-collected heap.
//
// Every Krait heap object (str, list, dict, exceptions, user objects) lives
// on the Boehm heap and is referenced by raw pointers; nothing is freed
// explicitly. Containers keep their element buffers on the GC heap too (the
// collector does not scan malloc/new memory): buffers of pointer-free
// elements are allocated "atomic" (never scanned), others are scanned.
#pragma once

#include <cstddef>
#include <new>
#include <tuple>
#include <type_traits>
#include <utility>

#include <gc/gc.h>

#include "krait/core.h"

namespace krait {

[[noreturn]] void raise_memory_error();

namespace detail {
/// Free lists of small objects (1 .. kSmallGranules-1 granules of 16 bytes)
/// refilled a block at a time by GC_generic_malloc_many, so the common
/// allocation is a pop without a call, a lock or a TLS lookup through libgc.
/// The lists are not visible to the collector: objects on them are
/// unreachable and the next collection reclaims them, so a list filled
/// before the latest collection is stale and dropped as a whole (the
/// collection count is compared on every allocation).
// The thread-local free lists are the fast path of normal builds. Under AddressSanitizer, which
// replaces the allocator and moves thread-local storage, UBSan reports the thread-local lists as
// null and programs misbehave; sanitizer builds allocate every object through Boehm directly.
#if defined(__SANITIZE_ADDRESS__)
#define KRAIT_SMALL_FREE_LISTS 0
#else
#define KRAIT_SMALL_FREE_LISTS 1
#endif

struct SmallFreeLists {
    static constexpr std::size_t kSmallGranules = 25;  // GC_TINY_FREELISTS: up to 384 bytes
    void* lists[kSmallGranules];
    GC_word gc_no;  // collection count when the lists were filled
};
extern thread_local SmallFreeLists t_atomic_lists;  // pointer-free objects
extern thread_local SmallFreeLists t_normal_lists;  // scanned objects (zero-filled)
/// Refills (or revalidates) lists[granules] and pops one object.
void* small_alloc_slow(SmallFreeLists& fl, std::size_t granules, bool scanned);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
/// Number of collections so far (GC_get_gc_no() without the call).
inline GC_word gc_count() { return GC_gc_no; }
#pragma GCC diagnostic pop
/// Granules for an n-byte request, counting the extra byte that Boehm adds
/// (with interior pointers, a pointer just past an object keeps it alive).
constexpr std::size_t gc_granules(std::size_t n) { return (n + 16) >> 4; }
template <bool Scanned>
inline void* small_alloc_granules(std::size_t g) {
    SmallFreeLists& fl = Scanned ? t_normal_lists : t_atomic_lists;
    void* p = fl.lists[g];
    if (KRAIT_LIKELY(p != nullptr && fl.gc_no == gc_count())) {
        void* next = *static_cast<void**>(p);
        fl.lists[g] = next;
        __builtin_prefetch(next, 1);  // the next object of this size is written soon
        if constexpr (Scanned) *static_cast<void**>(p) = nullptr;  // the link; the rest is zero
        return p;
    }
    return small_alloc_slow(fl, g, Scanned);
}
template <bool Scanned>
inline void* small_alloc(std::size_t n) {
    return small_alloc_granules<Scanned>(gc_granules(n));
}
}  // namespace detail

/// Raw scanned GC memory (zero-filled).
inline void* gc_alloc(std::size_t n) {
    if (KRAIT_SMALL_FREE_LISTS && KRAIT_LIKELY(detail::gc_granules(n) < detail::SmallFreeLists::kSmallGranules))
        return detail::small_alloc<true>(n);
    void* p = GC_MALLOC(n);
    if (KRAIT_UNLIKELY(!p)) raise_memory_error();
    return p;
}
/// Raw GC memory that is never scanned for pointers (not zero-filled).
inline void* gc_alloc_atomic(std::size_t n) {
    if (KRAIT_SMALL_FREE_LISTS && KRAIT_LIKELY(detail::gc_granules(n) < detail::SmallFreeLists::kSmallGranules))
        return detail::small_alloc<false>(n);
    void* p = GC_MALLOC_ATOMIC(n);
    if (KRAIT_UNLIKELY(!p)) raise_memory_error();
    return p;
}

/// gc_alloc_atomic for an object that nothing points just past (its last
/// byte is a terminator that end pointers point at): small sizes skip the
/// extra byte Boehm reserves for such pointers (a str with up to 7 bytes
/// takes 32 bytes, not 48).
inline void* gc_alloc_atomic_tight(std::size_t n) {
    std::size_t g = (n + 15) >> 4;
    if (KRAIT_LIKELY(g < detail::SmallFreeLists::kSmallGranules)) return detail::small_alloc_granules<false>(g);
    return gc_alloc_atomic(n);
}

/// Constructs a T on the scanned GC heap. The destructor never runs.
template <class T, class... A>
inline T* gc_new(A&&... args) {
    return new (gc_alloc(sizeof(T))) T(std::forward<A>(args)...);
}

/// Whether a value of type T holds no GC pointers, so buffers of T may be
/// allocated atomic. Specialised for Krait's value types (tuples).
template <class T>
struct gc_atomic : std::bool_constant<std::is_arithmetic_v<T> || std::is_enum_v<T> ||
                                      std::is_same_v<T, NoneType>> {};
template <class... T>
struct gc_atomic<std::tuple<T...>> : std::bool_constant<(gc_atomic<T>::value && ...)> {};
template <class A, class B>
struct gc_atomic<std::pair<A, B>> : std::bool_constant<gc_atomic<A>::value && gc_atomic<B>::value> {};
template <class T>
inline constexpr bool gc_atomic_v = gc_atomic<T>::value;

/// An uninitialised GC buffer for n values of T (atomic when T allows).
template <class T>
inline T* gc_buffer(std::size_t n) {
    if (n == 0) n = 1;
    // n * sizeof(T) would wrap around to a small buffer that the caller then overruns
    if (KRAIT_UNLIKELY(n > SIZE_MAX / sizeof(T))) raise_memory_error();
    if constexpr (gc_atomic_v<T>) return static_cast<T*>(gc_alloc_atomic(n * sizeof(T)));
    else return static_cast<T*>(gc_alloc(n * sizeof(T)));
}
/// Grows (or shrinks) a buffer made by gc_buffer, keeping its contents.
template <class T>
inline T* gc_buffer_resize(T* p, std::size_t n) {
    if (n == 0) n = 1;
    if (KRAIT_UNLIKELY(n > SIZE_MAX / sizeof(T))) raise_memory_error();
    void* q = GC_REALLOC(p, n * sizeof(T));
    if (KRAIT_UNLIKELY(!q)) raise_memory_error();
    return static_cast<T*>(q);
}

}  // namespace krait
