// random_module.h -- Python's random module, giving CPython 3.11's numbers for the same seed:
// its Mersenne Twister (MT19937), its seeding of ints, floats and strs, and the algorithms of
// Lib/random.py for every function (they consume the generator's outputs in the same order).
//
// Ints are 64-bit here, so intermediate values that CPython keeps as big ints (randrange's width,
// randint(a, b)'s b + 1, 65-bit getrandbits for a 2**64-wide range) use 128-bit arithmetic.
#pragma once

#include "krait/builtins.h"
#include "krait/core.h"
#include "krait/exceptions.h"
#include "krait/list.h"
#include "krait/math_module.h"
#include "krait/ops.h"
#include "krait/str.h"

#include <cmath>
#include <cstdint>
#include <type_traits>

namespace krait::random {

using u32 = std::uint32_t;
using i128 = __int128;
using u128 = unsigned __int128;

/// One generator with its own state: random.Random. It holds no pointers, so new_random puts
/// it in unscanned GC memory, and the module's hidden instance lives in static storage.
class Random;
Random* new_random();
Random* new_random(i64 a);
Random* new_random(bool a);
Random* new_random(double a);
Random* new_random(str* a);
Random* new_random(NoneType);
/// choices(population, 5): Python takes 5 as the weights and says what was meant.
[[noreturn]] void raise_choices_k_positional(i64 k);
/// choices(population, weights, cum_weights=...).
[[noreturn]] void raise_choices_both_weights();

class Random {
public:
    static constexpr int N = 624;
    static const char* py_type_name() { return "random.Random"; }

    /// random.Random(x): the model class's constructors.
    static Random* make() { return new_random(); }
    template <class A>
    static Random* make(A a) { return new_random(a); }

    /// Seeded from the operating system's entropy, as Random() is.
    Random() { seed(); }
    explicit Random(i64 a) { seed(a); }
    explicit Random(double a) { seed(a); }
    explicit Random(str* a) { seed(a); }

    // ---- seeding (random.seed(a); version 2) ----
    void seed();
    void seed(NoneType) { seed(); }
    void seed(i64 a);
    void seed(bool a) { seed(i64(a)); }
    void seed(double a);
    void seed(str* a);
    /// MT19937's init_by_array with the given key (the published reference outputs use it).
    void seed_key(const u32* key, std::size_t length) {
        init_by_array(key, length);
        has_gauss_next_ = false;
    }

    // ---- the generator ----
    u32 genrand_uint32() {
        if (KRAIT_UNLIKELY(index_ >= N)) twist();
        return out_[index_++];
    }
    /// random(): 53 random bits from two outputs, in [0, 1).
    double random() {
        u32 a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
    /// getrandbits(k) for the k <= 128 bits the integer functions need.
    u128 bits(int k) {
        if (k <= 32) return k == 0 ? 0 : genrand_uint32() >> (32 - k);
        u128 r = 0;
        for (int shift = 0; k > 0; shift += 32, k -= 32) {
            u32 w = genrand_uint32();
            if (k < 32) w >>= (32 - k);
            r |= u128(w) << shift;
        }
        return r;
    }
    /// getrandbits(k): OverflowError when the result does not fit a 64-bit int (k > 63 may).
    i64 getrandbits(i64 k);
    /// _randbelow(n) for n > 0: getrandbits(n.bit_length()) until it is below n.
    u128 randbelow(u128 n) {
        int k = bit_length(n);
        u128 r = bits(k);
        while (r >= n) r = bits(k);
        return r;
    }
    /// randbelow for an i64 n > 0; below 2**32 (shuffle, choice, randrange of small ranges) one
    /// 32-bit output per try suffices, so the loop stays in 32-bit arithmetic.
    i64 randbelow_i64(i64 n) {
        if (KRAIT_LIKELY(u64(n) <= 0xffffffffU)) {
            int shift = __builtin_clzll(u64(n)) - 32;  // 32 - n.bit_length()
            u32 r = genrand_uint32() >> shift;
            while (r >= u64(n)) r = genrand_uint32() >> shift;
            return i64(r);
        }
        return i64(randbelow(u128(n)));
    }

    // ---- integers ----
    i64 randrange(i64 stop) {
        if (stop > 0) return randbelow_i64(stop);
        raise_value_error("empty range for randrange()");
    }
    i64 randrange(i64 start, i64 stop) { return randrange_wide(start, stop); }
    i64 randrange(i64 start, i64 stop, i64 step);
    i64 randint(i64 a, i64 b) { return randrange_wide(a, i128(b) + 1); }

    // ---- sequences ----
    template <class T>
    T choice(list<T>* seq) {
        if (seq->len() == 0) raise_index_error("Cannot choose from an empty sequence");
        return seq->at(randbelow_i64(seq->len()));
    }
    str* choice(str* seq) {
        if (seq->len() == 0) raise_index_error("Cannot choose from an empty sequence");
        return seq->getitem(randbelow_i64(seq->len()));
    }
    i64 choice(const range& seq) {
        i64 n = seq.len();
        if (n == 0) raise_index_error("Cannot choose from an empty sequence");
        return range_item(seq, randbelow_i64(n));
    }

    template <class T>
    void shuffle(list<T>* x) {
        T* a = x->data();
        i64 i = x->len() - 1;
        if (KRAIT_LIKELY(i < i64(0xffffffffU))) {
            // randbelow_i64's 32-bit case with the generator's position in a register: stored
            // back once, not after every draw, and no 128-bit fallback kept alive in the loop.
            int k = index_;
            for (; i > 0; --i) {
                u32 n = u32(i + 1);
                int shift = __builtin_clz(n);  // 32 - n.bit_length()
                u32 r;
                do {
                    if (KRAIT_UNLIKELY(k >= N)) {
                        twist();
                        k = 0;
                    }
                    r = out_[k++] >> shift;
                } while (r >= n);
                T t = a[i];
                a[i] = a[r];
                a[r] = t;
            }
            index_ = k;
            return;
        }
        for (; i > 0; --i) {
            i64 j = randbelow_i64(i + 1);
            T t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    template <class T>
    list<T>* sample(list<T>* population, i64 k) {
        return sample_of<T>(population->len(), k, [&](i64 i) { return population->at(i); });
    }
    list<str*>* sample(str* population, i64 k) {
        return sample_of<str*>(population->len(), k, [&](i64 i) { return population->getitem(i); });
    }
    list<i64>* sample(const range& population, i64 k) {
        return sample_of<i64>(population.len(), k, [&](i64 i) { return range_item(population, i); });
    }
    /// sample(population, k, counts=counts): each item repeated counts[i] times, without
    /// building the repeated population.
    template <class T, class C>
    list<T>* sample(list<T>* population, i64 k, list<C>* counts) {
        return sample_counts<T>(population->len(), k, counts, [&](i64 i) { return population->at(i); });
    }
    template <class C>
    list<str*>* sample(str* population, i64 k, list<C>* counts) {
        return sample_counts<str*>(population->len(), k, counts, [&](i64 i) { return population->getitem(i); });
    }
    template <class C>
    list<i64>* sample(const range& population, i64 k, list<C>* counts) {
        return sample_counts<i64>(population.len(), k, counts, [&](i64 i) { return range_item(population, i); });
    }

    /// choices(population, k=k) without weights: floor(random() * n) for each pick.
    template <class T>
    list<T>* choices(list<T>* population, i64 k) {
        return choices_of<T>(population->len(), k, [&](i64 i) { return population->getitem(i); });
    }
    list<str*>* choices(str* population, i64 k) {
        return choices_of<str*>(population->len(), k, [&](i64 i) { return population->getitem(i); });
    }
    list<i64>* choices(const range& population, i64 k) {
        return choices_of<i64>(population.len(), k, [&](i64 i) {
            if (KRAIT_UNLIKELY(i >= population.len())) raise_index_error("range object index out of range");
            return range_item(population, i);
        });
    }
    /// choices(population, weights, k=k): the weights are accumulated (as itertools.accumulate).
    template <class T, class W>
    list<T>* choices_weights(list<T>* population, list<W>* weights, i64 k) {
        using Sum = std::conditional_t<std::is_same_v<W, bool>, i64, W>;  // True + True is 2
        list<Sum>* cum = list<Sum>::make_empty();
        cum->reserve(weights->len());
        Sum total{};
        for (i64 i = 0; i < weights->len(); ++i) {
            total = i == 0 ? Sum(weights->at(0)) : add(total, Sum(weights->at(i)));
            cum->append(total);
        }
        return choices_cum(population, cum, k);
    }
    template <class W>
    list<str*>* choices_weights(str* population, list<W>* weights, i64 k) {
        list<str*>* chars = list<str*>::from(*population);
        return choices_weights(chars, weights, k);
    }
    /// choices(population, cum_weights=..., k=k): bisect into the cumulative weights.
    template <class T, class W>
    list<T>* choices_cum(list<T>* population, list<W>* cum_weights, i64 k) {
        i64 n = population->len();
        if (cum_weights->len() != n) raise_value_error("The number of weights does not match the population");
        double total = double(cum_weights->getitem(-1)) + 0.0;
        if (total <= 0.0) raise_value_error("Total of weights must be greater than zero");
        if (!std::isfinite(total)) raise_value_error("Total of weights must be finite");
        list<T>* result = list<T>::make_empty();
        result->reserve(k > 0 ? k : 0);
        i64 hi = n - 1;
        for (i64 i = 0; i < k; ++i) {
            double x = random() * total;
            i64 lo = 0, h = hi;  // bisect_right(cum_weights, x, 0, hi)
            while (lo < h) {
                i64 mid = (lo + h) / 2;
                if (py_lt(x, cum_weights->at(mid))) h = mid;
                else lo = mid + 1;
            }
            result->append(population->at(lo));
        }
        return result;
    }
    template <class W>
    list<str*>* choices_cum(str* population, list<W>* cum_weights, i64 k) {
        list<str*>* chars = list<str*>::from(*population);
        return choices_cum(chars, cum_weights, k);
    }
    template <class W>
    list<i64>* choices_weights(const range& population, list<W>* weights, i64 k) {
        return choices_weights(list<i64>::from(population), weights, k);
    }
    template <class W>
    list<i64>* choices_cum(const range& population, list<W>* cum_weights, i64 k) {
        return choices_cum(list<i64>::from(population), cum_weights, k);
    }

    /// The calls the module's functions refuse (see choices_k_positional below), as methods.
    template <class T>
    list<T>* choices_k_positional(list<T>*, i64 weights, i64) { raise_choices_k_positional(weights); }
    list<str*>* choices_k_positional(str*, i64 weights, i64) { raise_choices_k_positional(weights); }
    template <class T, class W, class C>
    list<T>* choices_both(list<T>*, list<W>*, list<C>*, i64) { raise_choices_both_weights(); }
    template <class W, class C>
    list<str*>* choices_both(str*, list<W>*, list<C>*, i64) { raise_choices_both_weights(); }

    // ---- real-valued distributions ----
    double uniform(double a, double b) { return a + (b - a) * random(); }
    /// uniform(a, b) on ints: b - a is exact in Python before it meets the float.
    double uniform_int(i64 a, i64 b) { return double(a) + double(i128(b) - i128(a)) * random(); }
    double triangular(double low = 0.0, double high = 1.0) { return triangular_c(low, high, 0.5, random()); }
    double triangular(double low, double high, double mode) {
        double u = random();
        if (high - low == 0.0) return low;  // CPython catches the ZeroDivisionError
        return triangular_c(low, high, (mode - low) / (high - low), u);
    }
    /// triangular(low, high, mode) with an int low: Python returns low itself (an int) when high == low.
    double triangular_int_low(i64 low, double high, double mode) {
        double r = triangular(double(low), high, mode);
        if (KRAIT_UNLIKELY(high - double(low) == 0.0))
            raise_not_implemented("random.triangular() with an int low equal to high returns an int; use float bounds");
        return r;
    }
    double normalvariate(double mu = 0.0, double sigma = 1.0);
    double gauss(double mu = 0.0, double sigma = 1.0);
    double lognormvariate(double mu, double sigma) { return math::exp(normalvariate(mu, sigma)); }
    double expovariate(double lambd) { return float_div(-std::log(1.0 - random()), lambd); }
    double vonmisesvariate(double mu, double kappa);
    double gammavariate(double alpha, double beta);
    double betavariate(double alpha, double beta);
    double paretovariate(double alpha) {
        double u = 1.0 - random();
        return float_pow(u, float_div(-1.0, alpha));
    }
    double weibullvariate(double alpha, double beta) {
        double u = 1.0 - random();
        return alpha * float_pow(-std::log(u), float_div(1.0, beta));
    }

private:
    u32 state_[N];
    /// The outputs of the current state_, tempered by twist() all at once (a loop the
    /// vectorizer takes), so that drawing one is a load.
    u32 out_[N];
    int index_ = N + 1;
    bool has_gauss_next_ = false;
    double gauss_next_ = 0.0;

    void twist();
    void init_genrand(u32 s);
    void init_by_array(const u32* key, std::size_t length);
    /// Seeds from an unsigned number given as big-endian bytes (leading zeros allowed).
    void seed_big_endian(const std::uint8_t* bytes, std::size_t n);
    void seed_u64(u64 n);

    static int bit_length(u128 n) {
        u64 hi = u64(n >> 64), lo = u64(n);
        if (hi) return 128 - __builtin_clzll(hi);
        return lo ? 64 - __builtin_clzll(lo) : 0;
    }
    static i64 range_item(const range& r, i64 i) { return i64(u64(r.start()) + u64(i) * u64(r.step())); }
    static i64 add(i64 a, i64 b) { return int_add(a, b); }
    static double add(double a, double b) { return a + b; }

    i64 randrange_wide(i128 start, i128 stop);
    double triangular_c(double low, double high, double c, double u) {
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return low + (high - low) * math::sqrt(u * c);
    }

    /// random.sample: which population indices to take, in order. The draws depend only on n and
    /// k: a partial shuffle of a copy for small populations, otherwise rejection of indices
    /// already taken; CPython's setsize formula picks the same strategy.
    list<i64>* sample_indices(i64 n, i64 k);

    template <class T, class Item>
    list<T>* sample_of(i64 n, i64 k, Item item) {
        list<i64>* indices = sample_indices(n, k);
        list<T>* result = list<T>::make_empty();
        result->reserve(k);
        for (i64 i = 0; i < k; ++i) result->append(item(indices->at(i)));
        return result;
    }

    template <class T, class C, class Item>
    list<T>* sample_counts(i64 n, i64 k, list<C>* counts, Item item) {
        list<i64>* cum = list<i64>::make_empty();  // list(accumulate(counts))
        cum->reserve(counts->len());
        i64 total = 0;
        for (i64 i = 0; i < counts->len(); ++i) {
            total = i == 0 ? i64(counts->at(0)) : int_add(total, i64(counts->at(i)));
            cum->append(total);
        }
        if (cum->len() != n) raise_value_error("The number of counts does not match the population");
        total = cum->pop();
        if (total <= 0) raise_value_error("Total of counts must be greater than zero");
        list<i64>* selections = sample_indices(total, k);
        list<T>* result = list<T>::make_empty();
        result->reserve(k);
        for (i64 i = 0; i < k; ++i) {
            i64 s = selections->at(i), lo = 0, hi = cum->len();  // bisect_right(cum, s)
            while (lo < hi) {
                i64 mid = (lo + hi) / 2;
                if (s < cum->at(mid)) hi = mid;
                else lo = mid + 1;
            }
            result->append(item(lo));
        }
        return result;
    }

    template <class T, class Item>
    list<T>* choices_of(i64 n, i64 k, Item item) {
        list<T>* result = list<T>::make_empty();
        result->reserve(k > 0 ? k : 0);
        double nf = double(n);
        for (i64 i = 0; i < k; ++i) result->append(item(i64(std::floor(random() * nf))));
        return result;
    }
};


// ---- the module's functions: methods of one hidden instance seeded from OS entropy ----
namespace detail {
extern Random g_random;
}

inline void seed() { detail::g_random.seed(); }
inline void seed(NoneType) { detail::g_random.seed(); }
inline void seed(i64 a) { detail::g_random.seed(a); }
inline void seed(bool a) { detail::g_random.seed(a); }
inline void seed(double a) { detail::g_random.seed(a); }
inline void seed(str* a) { detail::g_random.seed(a); }
inline double random() { return detail::g_random.random(); }
inline i64 getrandbits(i64 k) { return detail::g_random.getrandbits(k); }
inline i64 randrange(i64 stop) { return detail::g_random.randrange(stop); }
inline i64 randrange(i64 start, i64 stop) { return detail::g_random.randrange(start, stop); }
inline i64 randrange(i64 start, i64 stop, i64 step) { return detail::g_random.randrange(start, stop, step); }
inline i64 randint(i64 a, i64 b) { return detail::g_random.randint(a, b); }
template <class S>
inline auto choice(const S& seq) { return detail::g_random.choice(seq); }
template <class T>
inline void shuffle(list<T>* x) { detail::g_random.shuffle(x); }
template <class S>
inline auto sample(const S& population, i64 k) { return detail::g_random.sample(population, k); }
template <class S, class C>
inline auto sample_counts(const S& population, i64 k, list<C>* counts) {
    return detail::g_random.sample(population, k, counts);
}
template <class S>
inline auto choices(const S& population, i64 k) { return detail::g_random.choices(population, k); }
template <class S, class W>
inline auto choices_weights(const S& population, list<W>* weights, i64 k) {
    return detail::g_random.choices_weights(population, weights, k);
}
template <class S, class W>
inline auto choices_cum(const S& population, list<W>* cum_weights, i64 k) {
    return detail::g_random.choices_cum(population, cum_weights, k);
}
template <class T>
list<T>* choices_k_positional(list<T>*, i64 weights, i64) { raise_choices_k_positional(weights); }
inline list<str*>* choices_k_positional(str*, i64 weights, i64) { raise_choices_k_positional(weights); }
template <class T, class W, class C>
list<T>* choices_both(list<T>*, list<W>*, list<C>*, i64) { raise_choices_both_weights(); }
template <class W, class C>
list<str*>* choices_both(str*, list<W>*, list<C>*, i64) { raise_choices_both_weights(); }
inline double uniform(double a, double b) { return detail::g_random.uniform(a, b); }
inline double uniform_int(i64 a, i64 b) { return detail::g_random.uniform_int(a, b); }
inline double triangular(double low, double high) { return detail::g_random.triangular(low, high); }
inline double triangular(double low, double high, double mode) { return detail::g_random.triangular(low, high, mode); }
/// triangular(low, high, mode) with an int low: Python returns low itself (an int) when high == low.
inline double triangular_int_low(i64 low, double high, double mode) {
    return detail::g_random.triangular_int_low(low, high, mode);
}
inline double gauss(double mu, double sigma) { return detail::g_random.gauss(mu, sigma); }
inline double normalvariate(double mu, double sigma) { return detail::g_random.normalvariate(mu, sigma); }
inline double lognormvariate(double mu, double sigma) { return detail::g_random.lognormvariate(mu, sigma); }
inline double expovariate(double lambd) { return detail::g_random.expovariate(lambd); }
inline double vonmisesvariate(double mu, double kappa) { return detail::g_random.vonmisesvariate(mu, kappa); }
inline double gammavariate(double alpha, double beta) { return detail::g_random.gammavariate(alpha, beta); }
inline double betavariate(double alpha, double beta) { return detail::g_random.betavariate(alpha, beta); }
inline double paretovariate(double alpha) { return detail::g_random.paretovariate(alpha); }
inline double weibullvariate(double alpha, double beta) { return detail::g_random.weibullvariate(alpha, beta); }

}  // namespace krait::random
