// dict.h -- Python's dict as dict<K, V>: insertion-ordered hash table with
// CPython's compact layout: a sparse table of indices into a dense array of
// entries kept in insertion order (the index is probed linearly from a mixed
// hash, with a hash tag in each slot; see the private section). Keys are
// hashed with py_hash and compared with py_eq, so 1 and 1.0 are the same key,
// as in Python.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>

#include "krait/exceptions.h"
#include "krait/gc.h"
#include "krait/list.h"
#include "krait/ops.h"

namespace krait {

[[noreturn]] void raise_dict_changed_size();

namespace detail {
/// What a dict entry keeps of a str key so that a probe decides equality without touching the
/// key object (a cache miss per found key in big dicts): keys of up to 15 bytes inline, w0 the
/// first 8 bytes, w1 the next 7 with the length in its top byte (zero-padded, so equal words
/// mean equal keys); a longer key (or None) has kLong there and its hash in w0, and is compared
/// through the object.
struct str_key_words {
    u64 w0, w1;
    static constexpr u64 kLong = u64(0x80) << 56;
    static constexpr u64 kDeleted = u64(0xC0) << 56;  // the entry of a removed key
    static str_key_words of(const str* s, i64 hash) {
        if (!s || s->nbytes() > 15) return {u64(hash), kLong};
        std::size_t n = std::size_t(s->nbytes());
        const char* p = s->data();
        u64 a = 0, b = 0;
        if (n >= 8) {  // two overlapping loads inside the n bytes, the overlap shifted out
            std::memcpy(&a, p, 8);
            if (n > 8) {
                std::memcpy(&b, p + n - 8, 8);
                b >>= 8 * (16 - n);
            }
        } else if (n >= 4) {
            std::uint32_t x, y;
            std::memcpy(&x, p, 4);
            std::memcpy(&y, p + n - 4, 4);
            a = u64(x) | ((u64(y) >> (8 * (8 - n))) << 32);
        } else {
            for (std::size_t i = 0; i < n; ++i) a |= u64(static_cast<unsigned char>(p[i])) << (8 * i);
        }
        return {a, b | (u64(n) << 56)};
    }
};

/// A dict's entry: the key, the value and the key's hash (a deleted entry has hash -1) ...
template <class K, class V, bool StrKey = is_str_ptr_v<K>>
struct dict_entry {
    K key;
    V value;
    i64 hash;
    static constexpr i64 kDeleted = -1;
    bool live() const { return hash != kDeleted; }
};
/// ... or for str keys the key's str_key_words instead of the hash (a str caches its own).
template <class K, class V>
struct dict_entry<K, V, true> {
    K key;
    V value;
    str_key_words words;
    bool live() const { return words.w1 != str_key_words::kDeleted; }
};
}  // namespace detail

template <class K, class V>
class dict {
public:
    using key_type = K;
    using mapped_type = V;
    using krait_kind = dict_kind;
    static const char* py_type_name() { return "dict"; }

    /// Stored hashes never equal kDeleted (hash_of maps it to -2, as CPython never uses -1 as a
    /// hash), which marks a deleted entry of non-str keys.
    using Entry = detail::dict_entry<K, V>;
    static constexpr bool kStrKeys = is_str_ptr_v<K>;
    static constexpr i64 kDeleted = -1;
    static i64 hash_of(const K& key) {
        i64 h = py_hash(key);
        return KRAIT_UNLIKELY(h == kDeleted) ? -2 : h;
    }

    // ---- construction ----
    static dict* make_empty() { return gc_new<dict>(); }
    /// {k1: v1, k2: v2} (later duplicates overwrite the value, keep the position)
    static dict* make(std::initializer_list<std::pair<K, V>> items) {
        dict* d = gc_new<dict>();
        for (const auto& kv : items) d->setitem(kv.first, kv.second);
        return d;
    }
    /// dict.fromkeys(keys, value)
    static dict* fromkeys(const list<K>* keys, V value) {
        dict* d = gc_new<dict>();
        for (i64 i = 0; i < keys->len(); ++i) d->setitem(keys->at(i), value);
        return d;
    }
    dict* copy() const {
        dict* d = gc_new<dict>();
        d->update(this);
        return d;
    }

    // ---- access ----
    i64 len() const { return used_; }
    /// d[k]: KeyError(repr(k)) when missing.
    V getitem(const K& key) const {
        i64 ix = lookup(key, hash_of(key));
        if (KRAIT_UNLIKELY(ix < 0)) raise_key_error(repr_of(key));
        return entries_[ix].value;
    }
    /// Reference to the existing d[k] (d[k] += 1): KeyError when missing.
    /// Valid until the next insertion.
    V& getitem_ref(const K& key) {
        i64 ix = lookup(key, hash_of(key));
        if (KRAIT_UNLIKELY(ix < 0)) raise_key_error(repr_of(key));
        return entries_[ix].value;
    }
    /// d[k] = v
    void setitem(const K& key, V value) {
        i64 h = hash_of(key);
        if (KRAIT_UNLIKELY(!index_)) init_table(8);
        i64 ix = lookup(key, h);
        if (ix >= 0) {
            entries_[ix].value = value;
            return;
        }
        insert_new(key, value, h);
    }
    /// Reference to d[k], inserting `dflt` first when missing (d[k] += 1 etc.).
    V& at_or_insert(const K& key, V dflt) {
        i64 h = hash_of(key);
        if (KRAIT_UNLIKELY(!index_)) init_table(8);
        i64 ix = lookup(key, h);
        if (ix < 0) ix = insert_new(key, dflt, h);
        return entries_[ix].value;
    }
    /// del d[k]
    void delitem(const K& key) {
        if (!remove_entry(key)) raise_key_error(repr_of(key));
    }
    /// k in d
    bool contains(const K& key) const { return lookup(key, hash_of(key)) >= 0; }
    /// x in d for an x of another C++ type than the keys (1.0 in {1: v}; "a" in {1: v} is False).
    template <class U>
    bool contains_any(const U& x) const {
        if constexpr (std::is_same_v<U, K>) {
            return contains(x);
        } else {
            auto k = detail::as_element<K>(x);
            return k && contains(*k);
        }
    }
    /// d.get(k, default)
    V get(const K& key, V dflt) const {
        i64 ix = lookup(key, hash_of(key));
        return ix >= 0 ? entries_[ix].value : dflt;
    }
    /// d.get(k): None when missing (nullptr for references, an empty optional for ints and floats).
    auto get(const K& key) const {
        if constexpr (std::is_pointer_v<V>) {
            return get(key, nullptr);
        } else if constexpr (is_optional_v<V> || std::is_same_v<V, NoneType>) {
            return get(key, V());  // values that may be None already
        } else {
            i64 ix = lookup(key, hash_of(key));
            return ix >= 0 ? optional<V>(entries_[ix].value) : optional<V>();
        }
    }
    /// d.get(k, None): as d.get(k) (the None default does not make the values maybe-None).
    template <class N, class = std::enable_if_t<std::is_same_v<N, NoneType>>>
    auto get(const K& key, N) const { return get(key); }
    /// d.setdefault(k, v)
    V setdefault(const K& key, V dflt) { return at_or_insert(key, dflt); }
    /// d.setdefault(k, []) with the default made by make() only when k is missing.
    template <class F>
    V setdefault_with(const K& key, F make) {
        i64 h = hash_of(key);
        if (KRAIT_UNLIKELY(!index_)) init_table(8);
        i64 ix = lookup(key, h);
        if (ix < 0) ix = insert_new(key, make(), h);
        return entries_[ix].value;
    }
    /// d.pop(k): KeyError when missing.
    V pop(const K& key) {
        i64 ix = lookup(key, hash_of(key));
        if (ix < 0) raise_key_error(repr_of(key));
        V v = entries_[ix].value;
        remove_entry(key);
        return v;
    }
    /// d.pop(k, default)
    V pop(const K& key, V dflt) {
        i64 ix = lookup(key, hash_of(key));
        if (ix < 0) return dflt;
        V v = entries_[ix].value;
        remove_entry(key);
        return v;
    }
    /// d.pop(k, None): None when missing (nullptr for references, an empty optional for values).
    template <class N, class = std::enable_if_t<std::is_same_v<N, NoneType>>>
    auto pop(const K& key, N) {
        if constexpr (std::is_pointer_v<V>) {
            return pop(key, V(nullptr));
        } else if constexpr (is_optional_v<V> || std::is_same_v<V, NoneType>) {
            return pop(key, V());
        } else {
            i64 ix = lookup(key, hash_of(key));
            if (ix < 0) return optional<V>();
            optional<V> v(entries_[ix].value);
            remove_entry(key);
            return v;
        }
    }
    /// d.popitem(): the last inserted pair; KeyError "popitem(): dictionary is empty".
    tuple<K, V> popitem() {
        if (used_ == 0) throw gc_new<KeyError>(str::from_cstr("popitem(): dictionary is empty"));
        i64 i = nentries_ - 1;
        while (!entries_[i].live()) --i;
        tuple<K, V> kv(entries_[i].key, entries_[i].value);
        remove_entry(entries_[i].key);
        return kv;
    }
    void clear() {
        index_ = nullptr;
        entries_ = nullptr;
        used_ = nentries_ = usable_ = 0;
        mask_ = 0;
        shift_ = 64;
    }
    /// d.update(other)
    void update(const dict* other) {
        for (i64 i = 0; i < other->nentries_; ++i)
            if (other->entries_[i].live()) setitem(other->entries_[i].key, other->entries_[i].value);
    }

    // ---- views ----
    list<K>* keys() const {
        list<K>* l = list<K>::make_empty();
        l->reserve(used_);
        for (i64 i = 0; i < nentries_; ++i)
            if (entries_[i].live()) l->append(entries_[i].key);
        return l;
    }
    list<V>* values() const {
        list<V>* l = list<V>::make_empty();
        l->reserve(used_);
        for (i64 i = 0; i < nentries_; ++i)
            if (entries_[i].live()) l->append(entries_[i].value);
        return l;
    }
    list<tuple<K, V>>* items() const {
        auto* l = list<tuple<K, V>>::make_empty();
        l->reserve(used_);
        for (i64 i = 0; i < nentries_; ++i)
            if (entries_[i].live()) l->append(tuple<K, V>(entries_[i].key, entries_[i].value));
        return l;
    }

    // ---- iteration (over keys; RuntimeError if the size changes) ----
    template <class Get>
    class basic_iterator {
    public:
        basic_iterator(const dict* d) : d_(d), i_(0), used0_(d->used_) { skip(); }
        decltype(auto) operator*() const { return Get::get(d_->entries_[i_]); }
        basic_iterator& operator++() {
            ++i_;
            skip();
            return *this;
        }
        bool operator!=(list<i64>::sentinel) const {
            if (KRAIT_UNLIKELY(d_->used_ != used0_)) raise_dict_changed_size();
            return i_ < d_->nentries_;
        }

    private:
        void skip() {
            while (i_ < d_->nentries_ && !d_->entries_[i_].live()) ++i_;
        }
        const dict* d_;
        i64 i_;
        i64 used0_;
    };
    struct get_key {
        static const K& get(const Entry& e) { return e.key; }
    };
    struct get_value {
        static const V& get(const Entry& e) { return e.value; }
    };
    struct get_item {
        static tuple<K, V> get(const Entry& e) { return tuple<K, V>(e.key, e.value); }
    };
    template <class Get>
    struct view {
        const dict* d;
        basic_iterator<Get> begin() const { return basic_iterator<Get>(d); }
        list<i64>::sentinel end() const { return {}; }
        i64 len() const { return d->used_; }
    };
    basic_iterator<get_key> begin() const { return basic_iterator<get_key>(this); }
    list<i64>::sentinel end() const { return {}; }
    /// for k in d.keys() / for v in d.values() / for k, v in d.items()
    view<get_key> iter_keys() const { return {this}; }
    view<get_value> iter_values() const { return {this}; }
    view<get_item> iter_items() const { return {this}; }

    // ---- comparison and repr ----
    template <class K2, class V2>
    bool eq(const dict<K2, V2>* o) const {
        if (used_ != o->len()) return false;
        for (i64 i = 0; i < nentries_; ++i) {
            const Entry& e = entries_[i];
            if (!e.live()) continue;
            if constexpr (std::is_same_v<K, K2>) {
                if (!o->contains(e.key) || !py_eq(e.value, o->getitem(e.key))) return false;
            } else {
                auto k = detail::as_element<K2>(e.key);
                if (!k || !o->contains(*k) || !py_eq(e.value, o->getitem(*k))) return false;
            }
        }
        return true;
    }
    template <CmpOp Op, class O>
    bool compare(const O*) const {
        static const char* const ops[] = {"<", "<=", ">", ">="};
        detail::raise_unorderable(ops[int(Op)], "dict", "dict");
    }
    void repr_into(std::string& out) const {
        out += '{';
        bool first = true;
        for (i64 i = 0; i < nentries_; ++i) {
            const Entry& e = entries_[i];
            if (!e.live()) continue;
            if (!first) out += ", ";
            first = false;
            append_repr(out, e.key);
            out += ": ";
            append_repr(out, e.value);
        }
        out += '}';
    }

    dict() = default;

protected:  // collections.defaultdict, Counter and OrderedDict extend dict (collections_module.h)
    // Index slots (32-bit, half the cache footprint of 64-bit slots in big tables): 0 = empty,
    // 1 = deleted (dummy), otherwise the entry index + 2 in the low log2(size) bits (entries
    // never outnumber two thirds of the slots) and a tag of the hash in the bits above, so probes
    // past other keys rarely touch their entries. The hash is mixed (Fibonacci hashing: its top
    // bits pick the home slot, its low bits are the tag) and probing is linear, so a probe
    // sequence mostly stays in one cache line. Iteration order is the entries' (insertion)
    // order, whatever the probing.
    using slot_t = std::uint32_t;
    static constexpr slot_t EMPTY = 0, DUMMY = 1;
    static constexpr u64 kFib = 0x9E3779B97F4A7C15ULL;
    static constexpr i64 kMaxTableSize = i64(1) << 30;  // leaves at least 2 tag bits
    static u64 mix(i64 hash) { return u64(hash) * kFib; }
    slot_t tag_of(u64 m) const { return slot_t(m) & ~slot_t(mask_); }
    slot_t slot_value(u64 m, i64 ix) const { return tag_of(m) | slot_t(ix + 2); }
    static i64 entry_of(slot_t sv, u64 mask) { return i64(sv & slot_t(mask)) - 2; }
    u64 home(u64 m) const { return m >> shift_; }

    void init_table(i64 size) {
        if (KRAIT_UNLIKELY(size > kMaxTableSize)) raise_memory_error();
        index_ = static_cast<slot_t*>(gc_alloc_atomic(std::size_t(size) * sizeof(slot_t)));
        std::memset(index_, 0, std::size_t(size) * sizeof(slot_t));
        mask_ = u64(size - 1);
        shift_ = 64;
        for (i64 s = size; s > 1; s >>= 1) --shift_;
        usable_ = (size << 1) / 3;
        if (!entries_) {
            entries_ = alloc_entries(usable_);
            nentries_ = 0;
        }
    }
    static Entry* alloc_entries(i64 n) {
        if constexpr (gc_atomic_v<K> && gc_atomic_v<V>)
            return static_cast<Entry*>(gc_alloc_atomic(std::size_t(n > 0 ? n : 1) * sizeof(Entry)));
        else
            return static_cast<Entry*>(gc_alloc(std::size_t(n > 0 ? n : 1) * sizeof(Entry)));
    }
    /// Key equality after equal hashes: identity first, then the contents
    /// (inline for str keys).
    static bool keys_equal(const K& a, const K& b) {
        if constexpr (is_str_ptr_v<K>) {
            if (a == b) return true;
            if (!a || !b) return false;
            return a->nbytes() == b->nbytes() && bytes_equal(a->data(), b->data(), std::size_t(a->nbytes()));
        } else {
            return py_eq(a, b);
        }
    }
    /// Slot of key (holding its entry), or -1.
    i64 find_slot(const K& key, i64 hash) const {
        u64 m = mix(hash);
        slot_t tag = tag_of(m), low = slot_t(mask_);
        u64 i = home(m);
        if constexpr (kStrKeys) {
            const detail::str_key_words kw = detail::str_key_words::of(key, hash);
            while (true) {
                slot_t sv = index_[i];
                if (sv == EMPTY) return -1;
                if ((sv & ~low) == tag && (sv & low) >= 2) {
                    const Entry& e = entries_[(sv & low) - 2];
                    if (e.words.w0 == kw.w0 && e.words.w1 == kw.w1 &&
                        (kw.w1 != detail::str_key_words::kLong || keys_equal(e.key, key)))
                        return i64(i);
                }
                i = (i + 1) & mask_;
            }
        } else {
            while (true) {
                slot_t sv = index_[i];
                if (sv == EMPTY) return -1;
                if ((sv & ~low) == tag && (sv & low) >= 2) {
                    const Entry& e = entries_[(sv & low) - 2];
                    if (e.hash == hash && keys_equal(e.key, key)) return i64(i);
                }
                i = (i + 1) & mask_;
            }
        }
    }
    static i64 entry_hash(const Entry& e) {
        if constexpr (kStrKeys) return hash_of(e.key);  // cached in the str
        else return e.hash;
    }
    /// Entry index of key, or -1.
    i64 lookup(const K& key, i64 hash) const {
        if (KRAIT_UNLIKELY(!index_)) return -1;
        i64 slot = find_slot(key, hash);
        return slot < 0 ? -1 : entry_of(index_[slot], mask_);
    }
    /// First EMPTY slot for the mixed hash m.
    u64 empty_slot(u64 m) const {
        u64 i = home(m);
        while (index_[i] != EMPTY) i = (i + 1) & mask_;
        return i;
    }
    i64 insert_new(const K& key, V value, i64 hash) {
        if (usable_ <= 0) resize();
        i64 ix = nentries_++;
        if constexpr (kStrKeys) new (&entries_[ix]) Entry{key, value, detail::str_key_words::of(key, hash)};
        else new (&entries_[ix]) Entry{key, value, hash};
        u64 m = mix(hash);
        index_[empty_slot(m)] = slot_value(m, ix);
        ++used_;
        --usable_;
        return ix;
    }
    bool remove_entry(const K& key) {
        if (!index_) return false;
        i64 slot = find_slot(key, hash_of(key));
        if (slot < 0) return false;
        i64 ix = entry_of(index_[slot], mask_);
        index_[slot] = DUMMY;
        if constexpr (kStrKeys) entries_[ix].words = {0, detail::str_key_words::kDeleted};
        else entries_[ix].hash = kDeleted;
        if constexpr (!(gc_atomic_v<K> && gc_atomic_v<V>)) {
            entries_[ix].key = K{};
            entries_[ix].value = V{};
        }
        --used_;
        return true;
    }
    /// Grows to hold used*3 (CPython's GROWTH_RATE), compacting the entries.
    void resize() {
        i64 want = used_ * 3;
        i64 size = 8;
        while (size < want) size <<= 1;
        Entry* old = entries_;
        slot_t* old_index = index_;
        i64 old_slots = i64(mask_) + 1;
        i64 nold = nentries_;
        entries_ = alloc_entries((size << 1) / 3);
        nentries_ = 0;
        init_table(size);
        for (i64 j = 0; j < nold; ++j) {
            if (!old[j].live()) continue;
            entries_[nentries_] = old[j];
            u64 m = mix(entry_hash(old[j]));
            index_[empty_slot(m)] = slot_value(m, nentries_);
            ++nentries_;
        }
        usable_ -= nentries_;
        if constexpr (kFreeOldTables) {
            // A big dict's old tables go back to the collector now rather than at the next
            // collection: the heap grows less (fewer fresh pages for the kernel to clear) and
            // collects less often. Nothing else points into them: iterators hold the dict, and
            // with these key and value types no user code (__eq__, __hash__, __add__) can run
            // between getitem_ref and the store through its reference.
            if (std::size_t(nold) * sizeof(Entry) >= kFreeMinBytes) GC_FREE(old);
            if (std::size_t(old_slots) * sizeof(slot_t) >= kFreeMinBytes) GC_FREE(old_index);
        }
    }
    static constexpr bool kFreeOldTables =
        (is_str_ptr_v<K> || std::is_arithmetic_v<K>) &&
        (is_str_ptr_v<V> || std::is_arithmetic_v<V> || is_container_ptr_v<V>);
    static constexpr std::size_t kFreeMinBytes = 4096;

    slot_t* index_ = nullptr;
    Entry* entries_ = nullptr;
    u64 mask_ = 0;
    int shift_ = 64;  // 64 - log2(table size)
    i64 used_ = 0;      // live entries
    i64 nentries_ = 0;  // entries in use, including deleted ones
    i64 usable_ = 0;    // entries that can still be appended
};

}  // namespace krait
