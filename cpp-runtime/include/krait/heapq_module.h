// heapq_module.h -- Python's heapq module over list[T], with CPython's algorithms (Lib/heapq.py,
// Modules/_heapqmodule.c: the same sift steps, comparing with `<` only), so that equal items
// and objects end up in the same places as under CPython.
#pragma once

#include "krait/builtins.h"
#include "krait/list.h"
#include "krait/ops.h"

namespace krait::heapq {

namespace detail {
/// Moves the item at pos up towards startpos while it is smaller than its parent.
template <class T>
void siftdown(list<T>* heap, i64 startpos, i64 pos) {
    T newitem = heap->at(pos);
    while (pos > startpos) {
        i64 parentpos = (pos - 1) >> 1;
        T parent = heap->at(parentpos);
        if (py_lt(newitem, parent)) {
            heap->at(pos) = parent;
            pos = parentpos;
            continue;
        }
        break;
    }
    heap->at(pos) = newitem;
}
/// Moves the smaller child up until a leaf is reached, then sifts the item at pos down there.
template <class T>
void siftup(list<T>* heap, i64 pos) {
    i64 endpos = heap->len();
    i64 startpos = pos;
    T newitem = heap->at(pos);
    i64 childpos = 2 * pos + 1;
    while (childpos < endpos) {
        i64 rightpos = childpos + 1;
        if (rightpos < endpos && !py_lt(heap->at(childpos), heap->at(rightpos))) childpos = rightpos;
        heap->at(pos) = heap->at(childpos);
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    heap->at(pos) = newitem;
    siftdown(heap, startpos, pos);
}
}  // namespace detail

template <class T, class X>
void heappush(list<T>* heap, const X& item) {
    heap->append(T(item));
    detail::siftdown(heap, 0, heap->len() - 1);
}

template <class T>
T heappop(list<T>* heap) {
    if (KRAIT_UNLIKELY(heap->len() == 0)) raise_index_error("index out of range");
    T last = heap->pop();
    if (heap->len() > 0) {
        T ret = heap->at(0);
        heap->at(0) = last;
        detail::siftup(heap, 0);
        return ret;
    }
    return last;
}

template <class T, class X>
T heapreplace(list<T>* heap, const X& item) {
    if (KRAIT_UNLIKELY(heap->len() == 0)) raise_index_error("index out of range");
    T ret = heap->at(0);
    heap->at(0) = T(item);
    detail::siftup(heap, 0);
    return ret;
}

template <class T, class X>
T heappushpop(list<T>* heap, const X& item) {
    T x = T(item);
    if (heap->len() > 0 && py_lt(heap->at(0), x)) {
        T ret = heap->at(0);
        heap->at(0) = x;
        detail::siftup(heap, 0);
        return ret;
    }
    return x;
}

template <class T>
void heapify(list<T>* x) {
    i64 n = x->len();
    for (i64 i = n / 2 - 1; i >= 0; --i) detail::siftup(x, i);
}

// nlargest/nsmallest: CPython documents them as sorted(iterable, key=key, reverse=...)[:n], and
// its heap algorithm breaks ties by input order to give exactly that; a stable sort does the same.
template <class T>
list<T>* nsmallest(i64 n, const list<T>* xs) {
    list<T>* s = sorted(xs, false);
    return s->slice(0, n < 0 ? 0 : n);
}
template <class T, class Key>
list<T>* nsmallest_by(i64 n, const list<T>* xs, Key key) {
    list<T>* s = sorted_by(xs, key, false);
    return s->slice(0, n < 0 ? 0 : n);
}
template <class T>
list<T>* nlargest(i64 n, const list<T>* xs) {
    list<T>* s = sorted(xs, true);
    return s->slice(0, n < 0 ? 0 : n);
}
template <class T, class Key>
list<T>* nlargest_by(i64 n, const list<T>* xs, Key key) {
    list<T>* s = sorted_by(xs, key, true);
    return s->slice(0, n < 0 ? 0 : n);
}

/// nsmallest/nlargest of any other iterable (a dict's values, a generator): of its items as a list.
template <class C>
auto nsmallest_of(i64 n, C* xs) { return nsmallest(n, list_of(xs)); }
template <class C, class Key>
auto nsmallest_of(i64 n, C* xs, Key key) { return nsmallest_by(n, list_of(xs), key); }
template <class C>
auto nlargest_of(i64 n, C* xs) { return nlargest(n, list_of(xs)); }
template <class C, class Key>
auto nlargest_of(i64 n, C* xs, Key key) { return nlargest_by(n, list_of(xs), key); }

/// merge(*iterables) of sorted lists, materialized: on ties the earlier list's item comes first.
template <class T, class... R>
list<T>* merge(const list<T>* first, const R*... rest) {
    const list<T>* inputs[] = {first, rest...};
    const std::size_t k = 1 + sizeof...(R);
    i64 pos[1 + sizeof...(R)] = {};
    list<T>* out = list<T>::make_empty();
    for (;;) {
        std::size_t best = k;
        for (std::size_t i = 0; i < k; ++i) {
            if (pos[i] >= inputs[i]->len()) continue;
            if (best == k || py_lt(inputs[i]->at(pos[i]), inputs[best]->at(pos[best]))) best = i;
        }
        if (best == k) return out;
        out->append(inputs[best]->at(pos[best]++));
    }
}

}  // namespace krait::heapq
