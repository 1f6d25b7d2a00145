// set.h -- Python's set as set<T>.
//
// The table follows CPython's setobject.c exactly (same sizes, growth, linear
// probes of 9 then perturbation, dummies), and the hashes of ints, floats,
// bools and tuples are CPython's, so iterating or printing a set of numbers
// gives the same order as CPython. (str hashes are randomised per process in
// CPython, so no order is observable there anyway.)
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>

#include "krait/exceptions.h"
#include "krait/gc.h"
#include "krait/list.h"
#include "krait/ops.h"

namespace krait {

[[noreturn]] void raise_set_changed_size();
/// AttributeError for a mutating method called on a frozenset.
[[noreturn]] void raise_frozenset_attribute(const char* method);
[[noreturn]] void raise_unhashable_set();

template <class T>
class set final {
public:
    using value_type = T;
    using krait_kind = set_kind;
    static const char* py_type_name() { return "set"; }
    /// A frozenset is a set<T> marked frozen when made: the mutating methods raise CPython's
    /// AttributeError on it, it is hashable, prints as frozenset({...}), and results of | & - ^
    /// follow the left operand, as in CPython.
    bool frozen() const { return frozen_; }
    /// Marks a set made by the runtime for a frozenset result.
    set* with_frozen(bool f) {
        frozen_ = f;
        return this;
    }
    /// Takes the contents of r (CPython's set_swap_bodies, for intersection_update).
    void replace_contents(set* r) { swap_contents(r); }
    const char* type_name() const { return frozen_ ? "frozenset" : "set"; }

    struct Entry {
        T key;
        i64 hash;
        std::uint8_t state;  // EMPTY, ACTIVE or DUMMY
    };
    static constexpr std::uint8_t EMPTY = 0, ACTIVE = 1, DUMMY = 2;

    // ---- construction ----
    static set* make_empty() { return gc_new<set>(); }
    /// {a, b, c} with non-constant elements (BUILD_SET: added in order).
    static set* make(std::initializer_list<T> items) {
        set* s = gc_new<set>();
        for (const T& x : items) s->add(x);
        return s;
    }
    /// A display of more than two constants, e.g. {1, 2, 3}. CPython's
    /// compiler folds those into a frozenset constant, which its constant
    /// cache rebuilds once more (adding the items in table order), and the
    /// set is then made by merging that frozenset into an empty set: each
    /// step can change the iteration order, so all three are mirrored here.
    static set* make_const(std::initializer_list<T> items) {
        set* folded = make(items);
        if (items.size() <= 2) return folded;
        set* merged = gc_new<set>();
        for (const T& x : *folded) merged->add(x);
        set* s = gc_new<set>();
        s->merge(merged);
        return s;
    }
    /// set(iterable)
    template <class Iterable>
    static set* from(const Iterable& items) {
        set* s = gc_new<set>();
        for (const auto& x : iterable_ref(items)) s->add(x);
        return s;
    }
    /// A new set (frozen like this one) with the same elements, in CPython's table order.
    set* copy() const {
        set* s = gc_new<set>();
        s->merge(this);
        s->frozen_ = frozen_;
        return s;
    }
    /// s.copy(): a frozenset's copy is itself.
    set* copy_method() const {
        if (frozen_) return const_cast<set*>(this);
        return copy();
    }
    /// frozenset(): empty.
    static set* make_frozen() {
        set* s = gc_new<set>();
        s->frozen_ = true;
        return s;
    }
    /// frozenset(iterable): a set argument is merged (CPython's set_update_internal); a frozenset is returned as is.
    template <class Iterable>
    static set* frozen_from(const Iterable& items) {
        if constexpr (std::is_same_v<Iterable, set*> || std::is_same_v<Iterable, const set*>) {
            if (items->frozen_) return const_cast<set*>(items);
            set* s = items->copy();
            s->frozen_ = true;
            return s;
        } else {
            set* s = from(items);
            s->frozen_ = true;
            return s;
        }
    }
    /// hash(frozenset): CPython's frozenset_hash (xor of shuffled entry hashes, then mixed);
    /// TypeError for a set.
    i64 hash() const {
        if (!frozen_) raise_unhashable_set();
        if (hash_ != -1) return hash_;
        u64 h = 0;
        for (const Entry* e = table(); e <= table() + mask_; ++e)
            if (e->state == ACTIVE) h ^= ((u64(e->hash) ^ 89869747ULL) ^ (u64(e->hash) << 16)) * 3644798167ULL;
        h ^= (u64(used_) + 1) * 1927868237ULL;
        h ^= (h >> 11) ^ (h >> 25);
        h = h * 69069U + 907133923ULL;
        if (h == u64(-1)) h = 590923713ULL;
        hash_ = i64(h);
        return hash_;
    }

    // ---- queries ----
    i64 len() const { return used_; }
    bool contains(const T& key) const { return find(key, py_hash(key)) != nullptr; }
    /// x in s for an x of another C++ type than the elements (1.0 in {1}; "a" in {1} is False).
    template <class U>
    bool contains_any(const U& x) const {
        if constexpr (std::is_same_v<U, T>) {
            return contains(x);
        } else {
            auto k = detail::as_element<T>(x);
            return k && contains(*k);
        }
    }

    // ---- mutation ----
    void add(const T& key) {
        if (KRAIT_UNLIKELY(frozen_)) raise_frozenset_attribute("add");
        add_entry(key, py_hash(key));
    }
    /// s.discard(x)
    void discard(const T& key) {
        if (KRAIT_UNLIKELY(frozen_)) raise_frozenset_attribute("discard");
        discard_entry(key, py_hash(key));
    }
    /// s.remove(x): KeyError(repr(x)) when missing.
    void remove(const T& key) {
        if (KRAIT_UNLIKELY(frozen_)) raise_frozenset_attribute("remove");
        if (!discard_entry(key, py_hash(key))) raise_key_error(repr_of(key));
    }
    /// s.pop(): KeyError "pop from an empty set".
    T pop() {
        if (KRAIT_UNLIKELY(frozen_)) raise_frozenset_attribute("pop");
        if (used_ == 0) throw gc_new<KeyError>(str::from_cstr("pop from an empty set"));
        // CPython scans from a moving finger.
        Entry* e = table() + (finger_ & mask_);
        while (e->state != ACTIVE) {
            ++e;
            if (e > table() + mask_) e = table();
        }
        T key = e->key;
        e->state = DUMMY;
        e->hash = -1;
        if constexpr (!gc_atomic_v<T>) e->key = T{};
        --used_;
        finger_ = u64(e - table()) + 1;
        return key;
    }
    void clear() {
        if (KRAIT_UNLIKELY(frozen_)) raise_frozenset_attribute("clear");
        clear_table();
    }
    void clear_table() {
        table_ = nullptr;
        mask_ = 7;
        fill_ = used_ = 0;
        finger_ = 0;
    }
    /// s.update(other) / s |= other
    void update(const set* other) {
        if (KRAIT_UNLIKELY(frozen_)) raise_frozenset_attribute("update");
        merge(other);
    }
    template <class Iterable>
    void update_from(const Iterable& items) {
        if (KRAIT_UNLIKELY(frozen_)) raise_frozenset_attribute("update");
        for (const auto& x : iterable_ref(items)) add(x);
    }
    /// s |= t, s &= t, s -= t, s ^= t: in place on a set; a new frozenset for a frozenset (which
    /// Python rebinds), so the caller assigns the result.
    set* ior(const set* other) {
        if (frozen_) return union_(other);
        merge(other);
        return this;
    }
    set* iand(const set* other) {
        if (frozen_) return intersection(other);
        intersection_update(other);
        return this;
    }
    set* isub(const set* other) {
        if (frozen_) return difference(other);
        difference_update(other);
        return this;
    }
    set* ixor(const set* other) {
        if (frozen_) return symmetric_difference(other);
        symmetric_difference_update(other);
        return this;
    }
    /// s.difference_update(other) / s -= other
    void difference_update(const set* other) {
        if (KRAIT_UNLIKELY(frozen_)) raise_frozenset_attribute("difference_update");
        difference_update_impl(other);
    }
    void difference_update_impl(const set* other) {
        if (other == this) {
            clear_table();
            return;
        }
        for (const Entry* e = other->table(); e && e <= other->table() + other->mask_; ++e)
            if (e->state == ACTIVE) discard_entry(e->key, e->hash);
    }
    /// s.intersection_update(other) / s &= other
    void intersection_update(const set* other) {
        if (KRAIT_UNLIKELY(frozen_)) raise_frozenset_attribute("intersection_update");
        set* r = intersection(other);
        swap_contents(r);
    }
    /// s.symmetric_difference_update(other) / s ^= other
    void symmetric_difference_update(const set* other) {
        if (KRAIT_UNLIKELY(frozen_)) raise_frozenset_attribute("symmetric_difference_update");
        symmetric_difference_update_impl(other);
    }
    void symmetric_difference_update_impl(const set* other) {
        if (other == this) {
            clear_table();
            return;
        }
        for (const Entry* e = other->table(); e <= other->table() + other->mask_; ++e)
            if (e->state == ACTIVE && !discard_entry(e->key, e->hash)) add_entry(e->key, e->hash);
    }

    // ---- set algebra (CPython's algorithms, hence CPython's orders) ----
    /// a | b
    set* union_(const set* other) const {
        set* r = copy();
        r->merge(other);
        return r;
    }
    /// a & b: iterates the smaller set.
    set* intersection(const set* other) const {
        set* r = gc_new<set>();
        r->frozen_ = frozen_;
        const set* big = this;
        const set* small = other;
        if (small->used_ > big->used_) std::swap(big, small);
        for (const Entry* e = small->table(); e <= small->table() + small->mask_; ++e)
            if (e->state == ACTIVE && big->find(e->key, e->hash)) r->add_entry(e->key, e->hash);
        return r;
    }
    /// a - b
    set* difference(const set* other) const {
        if ((used_ >> 2) > other->used_) {
            set* r = copy();
            r->difference_update_impl(other);
            return r;
        }
        set* r = gc_new<set>();
        r->frozen_ = frozen_;
        for (const Entry* e = table(); e <= table() + mask_; ++e)
            if (e->state == ACTIVE && !other->find(e->key, e->hash)) r->add_entry(e->key, e->hash);
        return r;
    }
    /// a ^ b
    set* symmetric_difference(const set* other) const {
        set* r = other->copy();
        r->frozen_ = frozen_;
        r->symmetric_difference_update_impl(this);
        return r;
    }
    bool issubset(const set* other) const {
        if (used_ > other->used_) return false;
        for (const Entry* e = table(); e <= table() + mask_; ++e)
            if (e->state == ACTIVE && !other->find(e->key, e->hash)) return false;
        return true;
    }
    bool issuperset(const set* other) const { return other->issubset(this); }
    bool isdisjoint(const set* other) const {
        const set* big = this;
        const set* small = other;
        if (small->used_ > big->used_) std::swap(big, small);
        for (const Entry* e = small->table(); e <= small->table() + small->mask_; ++e)
            if (e->state == ACTIVE && big->find(e->key, e->hash)) return false;
        return true;
    }

    // ---- methods taking any iterables (CPython's set_update_internal and friends) ----
    /// Adds the items of a set (merged) or of any iterable (in order), without the frozen check.
    template <class It>
    void absorb(const It& items) {
        if constexpr (is_set_ptr_v<It>) merge(items);
        else
            for (const auto& x : iterable_ref(items)) add_entry(x, py_hash(x));
    }
    template <class It>
    void discard_all(const It& items) {
        if constexpr (is_set_ptr_v<It>) difference_update_impl(items);
        else
            for (const auto& x : iterable_ref(items)) discard_entry(x, py_hash(x));
    }
    /// The items of {@code items} that are in this set, in the iterable's order (a set: CPython's algorithm).
    template <class It>
    set* intersection_of(const It& items) const {
        if constexpr (is_set_ptr_v<It>) {
            return intersection(items);
        } else {
            set* r = gc_new<set>();
            r->frozen_ = frozen_;
            for (const auto& x : iterable_ref(items)) {
                i64 h = py_hash(x);
                if (find(x, h)) r->add_entry(x, h);
            }
            return r;
        }
    }
    template <class It>
    set* difference_of(const It& items) const {
        if constexpr (is_set_ptr_v<It>) {
            return difference(items);
        } else {
            set* r = copy();
            r->discard_all(items);
            return r;
        }
    }

    // ---- comparison and repr ----
    template <class U>
    bool eq(const set<U>* o) const {
        if (used_ != o->len()) return false;
        for (const Entry* e = table(); e <= table() + mask_; ++e)
            if (e->state == ACTIVE && !o->contains_any(e->key)) return false;
        return true;
    }
    template <CmpOp Op>
    bool compare(const set* o) const {
        if constexpr (Op == CmpOp::LE) return issubset(o);
        else if constexpr (Op == CmpOp::LT) return used_ < o->used_ && issubset(o);
        else if constexpr (Op == CmpOp::GE) return o->issubset(this);
        else return o->used_ < used_ && o->issubset(this);
    }
    void repr_into(std::string& out) const {
        if (used_ == 0) {
            out += frozen_ ? "frozenset()" : "set()";
            return;
        }
        if (frozen_) out += "frozenset(";
        out += '{';
        bool first = true;
        for (const Entry* e = table(); e <= table() + mask_; ++e) {
            if (e->state != ACTIVE) continue;
            if (!first) out += ", ";
            first = false;
            append_repr(out, e->key);
        }
        out += '}';
        if (frozen_) out += ')';
    }
    /// sorted list of the elements is the generator's job; this is table order.
    list<T>* to_list() const {
        list<T>* l = list<T>::make_empty();
        l->reserve(used_);
        for (const Entry* e = table(); e <= table() + mask_; ++e)
            if (e->state == ACTIVE) l->append(e->key);
        return l;
    }

    // ---- iteration (table order; RuntimeError if the size changes) ----
    class iterator {
    public:
        explicit iterator(const set* s) : s_(s), i_(0), used0_(s->used_) { skip(); }
        const T& operator*() const { return s_->table()[i_].key; }
        iterator& operator++() {
            ++i_;
            skip();
            return *this;
        }
        bool operator!=(list<i64>::sentinel) const {
            if (KRAIT_UNLIKELY(s_->used_ != used0_)) raise_set_changed_size();
            return i_ <= i64(s_->mask_) && s_->table_ != nullptr;
        }

    private:
        void skip() {
            if (!s_->table_) return;
            while (i_ <= i64(s_->mask_) && s_->table_[i_].state != ACTIVE) ++i_;
        }
        const set* s_;
        i64 i_;
        i64 used0_;
    };
    iterator begin() const { return iterator(this); }
    list<i64>::sentinel end() const { return {}; }

    set() = default;

private:
    static constexpr u64 LINEAR_PROBES = 9;
    static constexpr int PERTURB_SHIFT = 5;
    static constexpr u64 MINSIZE = 8;

    /// The table, allocated on first use (size MINSIZE).
    Entry* table() const {
        if (KRAIT_UNLIKELY(!table_)) table_ = alloc_table(MINSIZE);
        return table_;
    }
    static Entry* alloc_table(u64 n) {
        // Zero-filled: every entry EMPTY.
        if constexpr (gc_atomic_v<T>) {
            void* p = gc_alloc_atomic(n * sizeof(Entry));
            std::memset(p, 0, n * sizeof(Entry));
            return static_cast<Entry*>(p);
        } else {
            return static_cast<Entry*>(gc_alloc(n * sizeof(Entry)));
        }
    }
    const Entry* find(const T& key, i64 hash) const {
        if (!table_) return nullptr;
        Entry* t = table_;
        u64 perturb = u64(hash);
        u64 i = u64(hash) & mask_;
        while (true) {
            Entry* e = &t[i];
            u64 probes = (i + LINEAR_PROBES <= mask_) ? LINEAR_PROBES : 0;
            while (true) {
                if (e->state == EMPTY) return nullptr;
                if (e->state == ACTIVE && e->hash == hash && py_eq(e->key, key)) return e;
                if (probes-- == 0) break;
                ++e;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask_;
        }
    }
    void add_entry(const T& key, i64 hash) {
        Entry* t = table();
        Entry* freeslot = nullptr;
        u64 perturb = u64(hash);
        u64 i = u64(hash) & mask_;
        Entry* e;
        while (true) {
            e = &t[i];
            u64 probes = (i + LINEAR_PROBES <= mask_) ? LINEAR_PROBES : 0;
            while (true) {
                if (e->state == EMPTY) goto found_unused_or_dummy;
                if (e->state == ACTIVE) {
                    if (e->hash == hash && py_eq(e->key, key)) return;  // already present
                } else if (!freeslot) {
                    freeslot = e;
                }
                if (probes-- == 0) break;
                ++e;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask_;
        }
    found_unused_or_dummy:
        if (freeslot) {
            ++used_;
            freeslot->key = key;
            freeslot->hash = hash;
            freeslot->state = ACTIVE;
            return;
        }
        ++fill_;
        ++used_;
        e->key = key;
        e->hash = hash;
        e->state = ACTIVE;
        if (u64(fill_) * 5 < mask_ * 3) return;
        table_resize(used_ > 50000 ? used_ * 2 : used_ * 4);
    }
    bool discard_entry(const T& key, i64 hash) {
        Entry* e = const_cast<Entry*>(find(key, hash));
        if (!e) return false;
        e->state = DUMMY;
        e->hash = -1;
        if constexpr (!gc_atomic_v<T>) e->key = T{};
        --used_;
        return true;
    }
    static void insert_clean(Entry* t, u64 mask, const T& key, i64 hash) {
        u64 perturb = u64(hash);
        u64 i = u64(hash) & mask;
        while (true) {
            Entry* e = &t[i];
            if (e->state == EMPTY) return place(e, key, hash);
            if (i + LINEAR_PROBES <= mask) {
                for (u64 j = 0; j < LINEAR_PROBES; ++j) {
                    ++e;
                    if (e->state == EMPTY) return place(e, key, hash);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
    static void place(Entry* e, const T& key, i64 hash) {
        e->key = key;
        e->hash = hash;
        e->state = ACTIVE;
    }
    void table_resize(i64 minused) {
        u64 newsize = MINSIZE;
        while (newsize <= u64(minused)) newsize <<= 1;
        Entry* old = table();
        u64 oldmask = mask_;
        table_ = alloc_table(newsize);
        mask_ = newsize - 1;
        fill_ = used_;
        for (u64 j = 0; j <= oldmask; ++j)
            if (old[j].state == ACTIVE) insert_clean(table_, mask_, old[j].key, old[j].hash);
    }
    /// CPython's set_merge (used by copy, update and |).
    void merge(const set* other) {
        if (other == this || other->used_ == 0) return;
        if (u64(fill_ + other->used_) * 5 >= mask_ * 3) table_resize((used_ + other->used_) * 2);
        const Entry* ot = other->table();
        Entry* t = table();
        if (fill_ == 0 && mask_ == other->mask_ && other->fill_ == other->used_) {
            for (u64 j = 0; j <= mask_; ++j)
                if (ot[j].state == ACTIVE) place(&t[j], ot[j].key, ot[j].hash);
            fill_ = used_ = other->used_;
            return;
        }
        if (fill_ == 0) {
            fill_ = used_ = other->used_;
            for (u64 j = 0; j <= other->mask_; ++j)
                if (ot[j].state == ACTIVE) insert_clean(t, mask_, ot[j].key, ot[j].hash);
            return;
        }
        for (u64 j = 0; j <= other->mask_; ++j)
            if (ot[j].state == ACTIVE) add_entry(ot[j].key, ot[j].hash);
    }
    void swap_contents(set* o) {
        std::swap(table_, o->table_);
        std::swap(mask_, o->mask_);
        std::swap(fill_, o->fill_);
        std::swap(used_, o->used_);
        std::swap(finger_, o->finger_);
        hash_ = -1;
    }

    mutable Entry* table_ = nullptr;
    u64 mask_ = MINSIZE - 1;
    i64 fill_ = 0;  // active + dummy entries
    i64 used_ = 0;  // active entries
    u64 finger_ = 0;
    bool frozen_ = false;
    mutable i64 hash_ = -1;  // a frozenset's, once computed
};

}  // namespace krait
