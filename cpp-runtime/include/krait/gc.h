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

/// Raw scanned GC memory (zero-filled).
inline void* gc_alloc(std::size_t n) {
    void* p = GC_MALLOC(n);
    if (KRAIT_UNLIKELY(!p)) raise_memory_error();
    return p;
}
/// Raw GC memory that is never scanned for pointers (not zero-filled).
inline void* gc_alloc_atomic(std::size_t n) {
    void* p = GC_MALLOC_ATOMIC(n);
    if (KRAIT_UNLIKELY(!p)) raise_memory_error();
    return p;
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
    if constexpr (gc_atomic_v<T>) return static_cast<T*>(gc_alloc_atomic(n * sizeof(T)));
    else return static_cast<T*>(gc_alloc(n * sizeof(T)));
}
/// Grows (or shrinks) a buffer made by gc_buffer, keeping its contents.
template <class T>
inline T* gc_buffer_resize(T* p, std::size_t n) {
    if (n == 0) n = 1;
    void* q = GC_REALLOC(p, n * sizeof(T));
    if (KRAIT_UNLIKELY(!q)) raise_memory_error();
    return static_cast<T*>(q);
}

}  // namespace krait
