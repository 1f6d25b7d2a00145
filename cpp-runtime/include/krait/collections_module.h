// collections_module.h -- the collections module (model: models/collections.py):
// deque<T> (a ring buffer), and defaultdict<K, V>, Counter<K>, OrderedDict<K, V>,
// which extend dict<K, V> so every dict operation stays the compact table's.
// They follow the runtime's container protocol (krait_kind, py_type_name,
// len, repr_into, eq, begin/end, getitem/setitem/contains), so len(),
// truthiness, repr()/str(), print and == work on them as on list and dict.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <type_traits>

#include "krait/dict.h"
#include "krait/dict_views.h"
#include "krait/exceptions.h"
#include "krait/gc.h"
#include "krait/list.h"
#include "krait/ops.h"

namespace krait {

/// A function of no arguments passed as a factory, with what its repr shows: a builtin class
/// (defaultdict(int): "<class 'int'>") or a function ("<function <lambda> at 0x...>").
template <class F>
struct named_factory {
    const char* name;
    bool is_function;
    F f;
    auto operator()() const { return f(); }
};
template <class F>
named_factory<F> class_factory(const char* name, F f) { return {name, false, f}; }
template <class F>
named_factory<F> function_factory(const char* name, F f) { return {name, true, f}; }
/// A closure as a factory: its environment is kept by value (the factory outlives the call).
template <class Env, class F>
auto closure_factory(const char* name, Env env, F f) {
    auto call = [env, f]() { return f(env); };
    return named_factory<decltype(call)>{name, true, call};
}

namespace collections {

struct deque_kind {};

/// collections.deque: a growable power-of-two ring buffer, O(1) at both ends.
template <class T>
class deque final {
public:
    using krait_kind = deque_kind;
    using value_type = T;
    static const char* py_type_name() { return "collections.deque"; }

    /// deque(), deque(iterable), deque(iterable, maxlen), deque(maxlen=n)
    static deque* make() { return gc_new<deque>(); }
    template <class It>
    static deque* make(const It& items, std::optional<i64> maxlen = std::nullopt) {
        deque* d = gc_new<deque>();
        if (maxlen) {
            if (*maxlen < 0) raise_value_error("maxlen must be non-negative");
            d->maxlen_ = *maxlen;
        }
        if constexpr (std::is_same_v<It, NoneType>) {
            raise_type_error("'NoneType' object is not iterable");  // deque(None); the default is nullptr
        } else if constexpr (!std::is_null_pointer_v<It>) {
            d->extend(items);
        }
        return d;
    }
    /// deque(items, None): unbounded
    template <class It>
    static deque* make(const It& items, NoneType) { return make(items); }

    i64 len() const { return size_; }
    std::optional<i64> maxlen() const { return maxlen_ < 0 ? std::nullopt : std::optional<i64>(maxlen_); }

    void append(T x) {
        // unbounded with room: inline (bfs appends a cell per visit; a call spilled its registers)
        if (KRAIT_LIKELY(maxlen_ < 0 && size_ < capacity())) {
            slot(size_) = x;
            ++size_;
            ++state_;
            return;
        }
        append_slow(x);
    }
    __attribute__((noinline)) void append_slow(T x) {
        if (maxlen_ == 0) return;
        if (size_ == maxlen_) {
            // full: the leftmost item falls out
            forget(0);
            head_ = (head_ + 1) & mask_;
            slot(size_ - 1) = x;
        } else {
            grow_if_full();
            slot(size_) = x;
            ++size_;
        }
        ++state_;
    }
    void appendleft(T x) {
        if (maxlen_ == 0) return;
        if (size_ == maxlen_) {
            // full: the rightmost item falls out
            forget(size_ - 1);
            head_ = (head_ - 1) & mask_;
            slot(0) = x;
        } else {
            grow_if_full();
            head_ = (head_ - 1) & mask_;
            slot(0) = x;
            ++size_;
        }
        ++state_;
    }
    T pop() {
        if (size_ == 0) raise_index_error("pop from an empty deque");
        --size_;
        T x = slot(size_);
        forget(size_);
        ++state_;
        return x;
    }
    T popleft() {
        if (size_ == 0) raise_index_error("pop from an empty deque");
        T x = slot(0);
        forget(0);
        head_ = (head_ + 1) & mask_;
        --size_;
        ++state_;
        return x;
    }
    template <class It>
    void extend(const It& items) {
        if constexpr (std::is_same_v<It, deque*>) {
            if (items == this) {
                list<T>* copy = to_list();
                for (i64 i = 0; i < copy->len(); ++i) append(copy->at(i));
                return;
            }
        }
        for (const auto& x : iterable_ref(items)) append(x);
    }
    template <class It>
    void extendleft(const It& items) {
        if constexpr (std::is_same_v<It, deque*>) {
            if (items == this) {
                list<T>* copy = to_list();
                for (i64 i = 0; i < copy->len(); ++i) appendleft(copy->at(i));
                return;
            }
        }
        for (const auto& x : iterable_ref(items)) appendleft(x);
    }
    /// rotate(n): n steps to the right (left when negative).
    void rotate(i64 n = 1) {
        if (size_ <= 1) return;
        i64 k = n % size_;
        if (k < 0) k += size_;
        if (k == 0) return;
        if (k <= size_ / 2) {
            for (i64 i = 0; i < k; ++i) {
                T x = slot(size_ - 1);
                forget(size_ - 1);
                head_ = (head_ - 1) & mask_;
                slot(0) = x;
            }
        } else {
            for (i64 i = 0; i < size_ - k; ++i) {
                T x = slot(0);
                forget(0);
                head_ = (head_ + 1) & mask_;
                slot(size_ - 1) = x;
            }
        }
        ++state_;
    }
    void clear() {
        buf_ = nullptr;
        mask_ = u64(-1);
        head_ = 0;
        size_ = 0;
        ++state_;
    }
    T getitem(i64 i) const { return slot(checked(i)); }
    void setitem(i64 i, T x) { slot(checked(i)) = x; }
    T& getitem_ref(i64 i) { return slot(checked(i)); }
    /// del d[i]
    void delitem(i64 i) {
        i = checked(i);
        for (i64 j = i; j + 1 < size_; ++j) slot(j) = slot(j + 1);
        --size_;
        forget(size_);
        ++state_;
    }
    bool contains(const T& x) const {
        for (i64 i = 0; i < size_; ++i)
            if (py_eq(slot(i), x)) return true;
        return false;
    }
    i64 count(const T& x) const {
        i64 n = 0;
        for (i64 i = 0; i < size_; ++i) n += py_eq(slot(i), x) ? 1 : 0;
        return n;
    }
    i64 index(const T& x) const {
        for (i64 i = 0; i < size_; ++i)
            if (py_eq(slot(i), x)) return i;
        not_in(x);
    }
    void remove(const T& x) {
        for (i64 i = 0; i < size_; ++i) {
            if (py_eq(slot(i), x)) {
                for (i64 j = i; j + 1 < size_; ++j) slot(j) = slot(j + 1);
                --size_;
                forget(size_);
                ++state_;
                return;
            }
        }
        not_in(x);
    }
    void reverse() {
        for (i64 i = 0, j = size_ - 1; i < j; ++i, --j) std::swap(slot(i), slot(j));
        ++state_;
    }
    deque* copy() const {
        deque* d = gc_new<deque>();
        d->maxlen_ = maxlen_;
        for (i64 i = 0; i < size_; ++i) d->append(slot(i));
        return d;
    }
    list<T>* to_list() const {
        list<T>* l = list<T>::make_empty();
        l->reserve(size_);
        for (i64 i = 0; i < size_; ++i) l->append(slot(i));
        return l;
    }

    // ---- iteration: RuntimeError when the deque changes meanwhile, as in CPython ----
    class iterator {
    public:
        iterator(const deque* d) : d_(d), i_(0), state0_(d->state_) {}
        const T& operator*() const { return d_->slot(i_); }
        iterator& operator++() {
            ++i_;
            return *this;
        }
        bool operator!=(list<i64>::sentinel) const {
            if (KRAIT_UNLIKELY(d_->state_ != state0_)) raise_runtime_error("deque mutated during iteration");
            return i_ < d_->size_;
        }

    private:
        const deque* d_;
        i64 i_;
        u64 state0_;
    };
    iterator begin() const { return iterator(this); }
    list<i64>::sentinel end() const { return {}; }

    // ---- comparison and repr ----
    template <class U>
    bool eq(const deque<U>* o) const {
        if (size_ != o->len()) return false;
        for (i64 i = 0; i < size_; ++i)
            if (!py_eq(slot(i), o->getitem(i))) return false;
        return true;
    }
    template <CmpOp Op, class U>
    bool compare(const deque<U>* o) const {
        i64 n = size_ < o->len() ? size_ : o->len();
        for (i64 i = 0; i < n; ++i) {
            if (!py_eq(slot(i), o->getitem(i))) return py_compare<Op>(slot(i), o->getitem(i));
        }
        return py_compare<Op>(size_, o->len());
    }
    void repr_into(std::string& out) const {
        out += "deque([";
        for (i64 i = 0; i < size_; ++i) {
            if (i) out += ", ";
            append_repr(out, slot(i));
        }
        out += ']';
        if (maxlen_ >= 0) {
            out += ", maxlen=";
            append_int(out, maxlen_);
        }
        out += ')';
    }

    deque() = default;

private:
    T& slot(i64 i) const { return buf_[(u64(head_) + u64(i)) & mask_]; }
    void forget(i64 i) {
        if constexpr (!gc_atomic_v<T>) slot(i) = T{};  // drop the reference for the collector
    }
    i64 checked(i64 i) const {
        if (i < 0) i += size_;
        if (KRAIT_UNLIKELY(i < 0 || i >= size_)) raise_index_error("deque index out of range");
        return i;
    }
    [[noreturn]] static void not_in(const T& x) {
        std::string msg;
        append_repr(msg, x);
        msg += " is not in deque";
        raise_value_error(str::from_utf8(msg));
    }
    i64 capacity() const { return buf_ ? i64(mask_ + 1) : 0; }
    void grow_if_full() {
        i64 cap = capacity();
        if (size_ < cap) return;
        i64 ncap = cap ? cap * 2 : 8;
        T* nb = gc_atomic_v<T> ? static_cast<T*>(gc_alloc_atomic(std::size_t(ncap) * sizeof(T)))
                               : static_cast<T*>(gc_alloc(std::size_t(ncap) * sizeof(T)));
        for (i64 i = 0; i < size_; ++i) new (&nb[i]) T(slot(i));
        buf_ = nb;
        mask_ = u64(ncap - 1);
        head_ = 0;
    }

    T* buf_ = nullptr;
    u64 mask_ = u64(-1);
    i64 head_ = 0;
    i64 size_ = 0;
    i64 maxlen_ = -1;  // -1: unbounded
    u64 state_ = 0;    // changes count, for iteration
};

struct chain_kind {};

/// The iterator Counter.elements() returns (an itertools.chain in CPython): its items are
/// computed when it is made; iterating it consumes them.
template <class T>
class chain final {
public:
    using krait_kind = chain_kind;
    static const char* py_type_name() { return "itertools.chain"; }
    explicit chain(list<T>* items) : items_(items) {}

    class iterator {
    public:
        explicit iterator(chain* c) : c_(c) {}
        const T& operator*() const { return c_->items_->at(c_->next_); }
        iterator& operator++() {
            ++c_->next_;
            return *this;
        }
        bool operator!=(list<i64>::sentinel) const { return c_->next_ < c_->items_->len(); }

    private:
        chain* c_;
    };
    iterator begin() const { return iterator(const_cast<chain*>(this)); }
    list<i64>::sentinel end() const { return {}; }
    /// only bool() reaches this (the model declares no __len__): an iterator is always true
    i64 len() const { return 1; }
    void repr_into(std::string& out) const {
        char buf[64];
        std::snprintf(buf, sizeof buf, "<itertools.chain object at %p>", static_cast<const void*>(this));
        out += buf;
    }
    template <class U>
    bool eq(const chain<U>* o) const { return static_cast<const void*>(this) == static_cast<const void*>(o); }

private:
    list<T>* items_;
    i64 next_ = 0;
};

/// The Python class a builtin factory makes, for repr (defaultdict(<class 'int'>, {})).
template <class V>
const char* factory_class_name() {
    if constexpr (is_py_bool_v<V>) return "bool";
    else if constexpr (is_py_int_v<V>) return "int";
    else if constexpr (is_py_float_v<V>) return "float";
    else if constexpr (is_str_ptr_v<V>) return "str";
    else if constexpr (is_container_ptr_v<V>) return std::remove_pointer_t<V>::py_type_name();
    else return "object";
}

template <class F>
struct is_named_factory : std::false_type {};
template <class F>
struct is_named_factory<named_factory<F>> : std::true_type {};

/// collections.defaultdict: a dict whose missing keys get factory() on d[k].
template <class K, class V>
class defaultdict final : public dict<K, V> {
    struct factory_base {
        virtual V make() const = 0;
        const char* name = nullptr;
        bool is_function = false;
    };
    template <class F>
    struct factory_impl final : factory_base {
        explicit factory_impl(F f) : f_(f) {}
        V make() const override { return f_(); }
        F f_;
    };

public:
    static const char* py_type_name() { return "collections.defaultdict"; }

    /// defaultdict(): no factory, missing keys raise KeyError
    static defaultdict* make() { return gc_new<defaultdict>(); }
    template <class F>
    static defaultdict* make(F factory) {
        defaultdict* d = gc_new<defaultdict>();
        d->factory_ = gc_new<factory_impl<F>>(factory);
        if constexpr (is_named_factory<F>::value) {
            d->factory_->name = factory.name;
            d->factory_->is_function = factory.is_function;
        }
        return d;
    }
    /// defaultdict(factory, mapping)
    template <class F>
    static defaultdict* make(F factory, const dict<K, V>* items) {
        defaultdict* d = make(factory);
        d->update(items);
        return d;
    }

    /// d[k]: inserts factory() when missing.
    V getitem(const K& key) { return getitem_ref(key); }
    V& getitem_ref(const K& key) {
        i64 h = this->hash_of(key);
        i64 ix = this->lookup(key, h);
        if (KRAIT_LIKELY(ix >= 0)) return this->entries_[ix].value;
        return insert_missing(key, h);
    }
    /// The miss of getitem_ref, out of line so that the hit can be inlined into its callers.
    [[gnu::noinline]] V& insert_missing(const K& key, i64 h) {
        if (!factory_) raise_key_error(repr_of(key));
        V v = factory_->make();
        if (KRAIT_UNLIKELY(!this->index_)) this->init_table(8);
        i64 ix = this->lookup(key, h);  // the factory may have inserted it
        if (ix < 0) ix = this->insert_new(key, v, h);
        return this->entries_[ix].value;
    }
    defaultdict* copy() const {
        defaultdict* d = gc_new<defaultdict>();
        d->factory_ = factory_;
        d->update(this);
        return d;
    }
    void repr_into(std::string& out) const {
        out += "defaultdict(";
        if (factory_ && factory_->is_function) {
            char buf[32];
            std::snprintf(buf, sizeof buf, " at %p>", static_cast<const void*>(factory_));
            out += "<function ";
            out += factory_->name;
            out += buf;
        } else if (factory_) {
            out += "<class '";
            out += factory_->name ? factory_->name : factory_class_name<V>();
            out += "'>";
        } else {
            out += "None";
        }
        out += ", ";
        dict<K, V>::repr_into(out);
        out += ')';
    }

    defaultdict() = default;

private:
    factory_base* factory_ = nullptr;
};

/// collections.Counter: a dict of counts; a missing key counts 0.
template <class K>
class Counter final : public dict<K, i64> {
    using base = dict<K, i64>;

public:
    static const char* py_type_name() { return "Counter"; }

    static Counter* make() { return gc_new<Counter>(); }
    /// Counter(iterable): counts the items.
    template <class It>
    static Counter* make(const It& items) {
        Counter* c = gc_new<Counter>();
        c->update(items);
        return c;
    }

    /// c[k]: 0 when missing (not inserted).
    i64 getitem(const K& key) const { return this->get(key, i64(0)); }
    i64& getitem_ref(const K& key) { return this->at_or_insert(key, 0); }

    /// c.update(iterable) counts items; c.update(counter) adds counts.
    template <class It>
    void update(const It& items) {
        if constexpr (std::is_base_of_v<base, std::remove_pointer_t<It>>) {
            for (const auto& k : *items) {
                i64& n = this->at_or_insert(k, 0);
                n = int_add(n, items->base::getitem(k));
            }
        } else {
            for (const auto& k : iterable_ref(items)) {
                i64& n = this->at_or_insert(k, 0);
                n = int_add(n, 1);
            }
        }
    }
    template <class It>
    void subtract(const It& items) {
        if constexpr (std::is_base_of_v<base, std::remove_pointer_t<It>>) {
            for (const auto& k : *items) {
                i64& n = this->at_or_insert(k, 0);
                n = int_sub(n, items->base::getitem(k));
            }
        } else {
            for (const auto& k : iterable_ref(items)) {
                i64& n = this->at_or_insert(k, 0);
                n = int_sub(n, 1);
            }
        }
    }
    /// most_common(): by count, largest first; equal counts keep insertion order (a stable sort).
    list<tuple<K, i64>>* most_common() const {
        list<tuple<K, i64>>* items = this->items();
        return sorted_by_count(items);
    }
    list<tuple<K, i64>>* most_common(i64 n) const {
        list<tuple<K, i64>>* all = most_common();
        list<tuple<K, i64>>* out = list<tuple<K, i64>>::make_empty();
        for (i64 i = 0; i < n && i < all->len(); ++i) out->append(all->at(i));
        return out;
    }
    /// elements(): each key repeated by its count, in insertion order.
    chain<K>* elements() const {
        list<K>* out = list<K>::make_empty();
        for (const auto& k : *this) {
            i64 n = base::getitem(k);
            for (i64 i = 0; i < n; ++i) out->append(k);
        }
        return gc_new<chain<K>>(out);
    }
    i64 total() const {
        i64 t = 0;
        for (const auto& k : *this) t = int_add(t, base::getitem(k));
        return t;
    }
    Counter* copy() const {
        Counter* c = gc_new<Counter>();
        c->base::update(this);
        return c;
    }
    // a + b, a - b, a | b, a & b: only positive counts are kept; keys of a first, then b's new ones
    Counter* add(const Counter* o) const {
        return combine(o, [](i64 a, i64 b) { return int_add(a, b); }, true);
    }
    Counter* sub(const Counter* o) const {
        return combine(o, [](i64 a, i64 b) { return int_sub(a, b); }, true);
    }
    Counter* or_(const Counter* o) const {
        return combine(o, [](i64 a, i64 b) { return a < b ? b : a; }, true);
    }
    Counter* and_(const Counter* o) const {
        return combine(o, [](i64 a, i64 b) { return a < b ? a : b; }, false);
    }
    /// Counters are equal when every key counts the same, a missing key counting 0 (3.10+);
    /// against a plain dict, as dicts.
    template <class K2, class V2>
    bool eq(const dict<K2, V2>* o) const {
        return base::eq(o);
    }
    template <class K2>
    bool eq(const Counter<K2>* o) const {
        for (const auto& k : *this)
            if (base::getitem(k) != o->getitem(k)) return false;
        for (const auto& k : *o)
            if (!this->contains(k) && o->getitem(k) != 0) return false;
        return true;
    }
    void repr_into(std::string& out) const {
        if (this->len() == 0) {
            out += "Counter()";
            return;
        }
        out += "Counter({";
        list<tuple<K, i64>>* items = most_common();
        for (i64 i = 0; i < items->len(); ++i) {
            if (i) out += ", ";
            append_repr(out, std::get<0>(items->at(i)));
            out += ": ";
            append_int(out, std::get<1>(items->at(i)));
        }
        out += "})";
    }

    Counter() = default;

private:
    template <class F>
    Counter* combine(const Counter* o, F f, bool other_keys) const {
        Counter* out = gc_new<Counter>();
        for (const auto& k : *this) {
            i64 n = f(base::getitem(k), o->getitem(k));
            if (n > 0) out->setitem(k, n);
        }
        if (other_keys) {
            for (const auto& k : *o) {
                if (this->contains(k)) continue;
                i64 n = f(0, o->base::getitem(k));
                if (n > 0) out->setitem(k, n);
            }
        }
        return out;
    }
    static list<tuple<K, i64>>* sorted_by_count(list<tuple<K, i64>>* items) {
        // insertion sort is stable but quadratic: a merge sort on indices keeps it O(n log n)
        i64 n = items->len();
        list<tuple<K, i64>>* tmp = list<tuple<K, i64>>::make_empty();
        tmp->reserve(n);
        for (i64 i = 0; i < n; ++i) tmp->append(items->at(i));
        for (i64 width = 1; width < n; width *= 2) {
            for (i64 lo = 0; lo < n; lo += 2 * width) {
                i64 mid = lo + width < n ? lo + width : n;
                i64 hi = lo + 2 * width < n ? lo + 2 * width : n;
                i64 a = lo, b = mid, k = lo;
                while (a < mid && b < hi) {
                    // take from the right run only when strictly larger: ties stay in order
                    if (std::get<1>(items->at(b)) > std::get<1>(items->at(a))) tmp->setitem(k++, items->at(b++));
                    else tmp->setitem(k++, items->at(a++));
                }
                while (a < mid) tmp->setitem(k++, items->at(a++));
                while (b < hi) tmp->setitem(k++, items->at(b++));
            }
            std::swap(items, tmp);
        }
        return items;
    }
};

/// collections.OrderedDict: a dict (already ordered) plus move_to_end and popitem(last=).
template <class K, class V>
class OrderedDict final : public dict<K, V> {
    using base = dict<K, V>;

public:
    static const char* py_type_name() { return "collections.OrderedDict"; }

    static OrderedDict* make() { return gc_new<OrderedDict>(); }
    /// OrderedDict(pairs) / OrderedDict(mapping)
    template <class It>
    static OrderedDict* make(const It& items) {
        OrderedDict* d = gc_new<OrderedDict>();
        if constexpr (std::is_base_of_v<dict<K, V>, std::remove_pointer_t<It>>) {
            d->base::update(items);
        } else {
            for (const auto& kv : iterable_ref(items)) d->setitem(std::get<0>(kv), std::get<1>(kv));
        }
        return d;
    }

    void move_to_end(const K& key, bool last = true) {
        V v = base::pop(key);
        if (last) {
            this->setitem(key, v);
            return;
        }
        list<tuple<K, V>>* rest = this->items();
        this->clear();
        this->setitem(key, v);
        for (i64 i = 0; i < rest->len(); ++i) this->setitem(std::get<0>(rest->at(i)), std::get<1>(rest->at(i)));
    }
    tuple<K, V> popitem(bool last = true) {
        if (this->len() == 0) throw gc_new<KeyError>(str::from_cstr("dictionary is empty"));
        if (last) return base::popitem();
        K first = *this->begin();
        V v = base::pop(first);
        return tuple<K, V>(first, v);
    }
    OrderedDict* copy() const {
        OrderedDict* d = gc_new<OrderedDict>();
        d->base::update(this);
        return d;
    }
    /// OrderedDicts compare in order; against a plain dict, as dicts.
    template <class K2, class V2>
    bool eq(const dict<K2, V2>* o) const {
        return base::eq(o);
    }
    template <class K2, class V2>
    bool eq(const OrderedDict<K2, V2>* o) const {
        if (!base::eq(o)) return false;
        auto a = this->begin();
        auto b = o->begin();
        while (a != list<i64>::sentinel{} && b != list<i64>::sentinel{}) {
            if (!py_eq(*a, *b)) return false;
            ++a;
            ++b;
        }
        return true;
    }
    void repr_into(std::string& out) const {
        if (this->len() == 0) {
            out += "OrderedDict()";
            return;
        }
        out += "OrderedDict([";
        bool first = true;
        for (const auto& kv : this->iter_items()) {
            if (!first) out += ", ";
            first = false;
            append_repr(out, kv);
        }
        out += "])";
    }

    OrderedDict() = default;
};

}  // namespace collections

/// An OrderedDict's views print as odict_keys([...]), odict_values, odict_items (CPython's names);
/// being exact matches, these overloads win over the dict ones.
template <class K, class V>
dict_keys<K, V>* dict_keys_of(collections::OrderedDict<K, V>* d) { return dict_keys<K, V>::of(d, "odict_keys"); }
template <class K, class V>
dict_values<K, V>* dict_values_of(collections::OrderedDict<K, V>* d) { return dict_values<K, V>::of(d, "odict_values"); }
template <class K, class V>
dict_items<K, V>* dict_items_of(collections::OrderedDict<K, V>* d) { return dict_items<K, V>::of(d, "odict_items"); }
}  // namespace krait
