// random_module.cpp -- the out-of-line half of random_module.h: MT19937 (Matsumoto and
// Nishimura's published algorithm), CPython's seeding, and the rejection loops of the
// distributions.
#include "krait/random_module.h"

#include "krait/gc.h"
#include "krait/sha512.h"

#include <chrono>
#include <cstring>
#include <string>
#include <sys/random.h>
#include <unistd.h>
#include <unordered_set>
#include <vector>

#if defined(__x86_64__) && __has_include(<sys/platform/x86.h>)
#include <sys/platform/x86.h>
#endif

namespace krait::random {

namespace {

constexpr int M = 397;
constexpr u32 MATRIX_A = 0x9908b0dfU;
constexpr u32 UPPER_MASK = 0x80000000U;
constexpr u32 LOWER_MASK = 0x7fffffffU;

const double TWOPI = 2.0 * M_PI;
const double NV_MAGICCONST = 4 * std::exp(-0.5) / std::sqrt(2.0);
const double LOG4 = std::log(4.0);
const double SG_MAGICCONST = 1.0 + std::log(4.5);

std::string i128_text(i128 v) {
    bool neg = v < 0;
    u128 u = neg ? u128(0) - u128(v) : u128(v);
    std::string digits;
    do {
        digits.insert(digits.begin(), char('0' + int(u % 10)));
        u /= 10;
    } while (u);
    return neg ? "-" + digits : digits;
}

/// Python's // on 128-bit ints.
i128 floordiv(i128 a, i128 b) {
    i128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

}  // namespace

Random detail::g_random;

void Random::init_genrand(u32 s) {
    state_[0] = s;
    for (int i = 1; i < N; ++i) state_[i] = 1812433253U * (state_[i - 1] ^ (state_[i - 1] >> 30)) + u32(i);
    index_ = N;
}

void Random::init_by_array(const u32* key, std::size_t length) {
    init_genrand(19650218U);
    std::size_t i = 1, j = 0;
    for (std::size_t k = N > length ? N : length; k; --k) {
        state_[i] = (state_[i] ^ ((state_[i - 1] ^ (state_[i - 1] >> 30)) * 1664525U)) + key[j] + u32(j);
        ++i;
        ++j;
        if (i >= std::size_t(N)) {
            state_[0] = state_[N - 1];
            i = 1;
        }
        if (j >= length) j = 0;
    }
    for (std::size_t k = N - 1; k; --k) {
        state_[i] = (state_[i] ^ ((state_[i - 1] ^ (state_[i - 1] >> 30)) * 1566083941U)) - u32(i);
        ++i;
        if (i >= std::size_t(N)) {
            state_[0] = state_[N - 1];
            i = 1;
        }
    }
    state_[0] = 0x80000000U;  // the most significant bit set: the state is never all zeros
}

namespace {
// The twist and the tempering of all N outputs, one word at a time in the source; the two
// callers below compile it for SSE2 (4 words a step) and AVX2 (8 words a step).
[[gnu::always_inline]] inline void twist_words(u32* __restrict state, u32* __restrict out) {
    // mag01[y & 1] written as a mask, and the loops split at multiples of 8, so that
    // GCC's -O2 vectorizer (which adds no remainder loops) takes the long loops.
    auto step = [state](int kk) {
        u32 y = (state[kk] & UPPER_MASK) | (state[kk + 1] & LOWER_MASK);
        state[kk] = state[kk + M] ^ (y >> 1) ^ (-(y & 1U) & MATRIX_A);
    };
    int kk = 0;
    for (; kk < (Random::N - M) / 8 * 8; ++kk) step(kk);
    for (; kk < Random::N - M; ++kk) step(kk);
    auto wrapped = [state](int kk) {
        u32 y = (state[kk] & UPPER_MASK) | (state[kk + 1] & LOWER_MASK);
        state[kk] = state[kk + (M - Random::N)] ^ (y >> 1) ^ (-(y & 1U) & MATRIX_A);
    };
    for (; kk < Random::N - M + (M - 1) / 8 * 8; ++kk) wrapped(kk);
    for (; kk < Random::N - 1; ++kk) wrapped(kk);
    u32 y = (state[Random::N - 1] & UPPER_MASK) | (state[0] & LOWER_MASK);
    state[Random::N - 1] = state[M - 1] ^ (y >> 1) ^ (-(y & 1U) & MATRIX_A);
    for (int i = 0; i < Random::N; ++i) {
        u32 t = state[i];
        t ^= (t >> 11);
        t ^= (t << 7) & 0x9d2c5680U;
        t ^= (t << 15) & 0xefc60000U;
        t ^= (t >> 18);
        out[i] = t;
    }
}
void twist_words_default(u32* __restrict state, u32* __restrict out) { twist_words(state, out); }
#if defined(__x86_64__) && __has_include(<sys/platform/x86.h>)
// Eight words a step where the CPU has AVX2 (a quarter of montecarlo's instructions were this
// loop). The choice reads glibc's CPU feature table, as g_cpu_has_fma does: no CPUID here.
[[gnu::target("avx2")]] void twist_words_avx2(u32* __restrict state, u32* __restrict out) { twist_words(state, out); }
const bool g_cpu_has_avx2 = CPU_FEATURE_ACTIVE(AVX2);
#endif
}  // namespace

void Random::twist() {
#if defined(__x86_64__) && __has_include(<sys/platform/x86.h>)
    if (g_cpu_has_avx2) {
        twist_words_avx2(state_, out_);
        index_ = 0;
        return;
    }
#endif
    twist_words_default(state_, out_);
    index_ = 0;
}

void Random::seed() {
    // As CPython: N words of OS entropy, or the time and process id if there is none.
    u32 key[N];
    std::size_t got = 0;
    while (got < sizeof key) {
        ssize_t r = getrandom(reinterpret_cast<char*>(key) + got, sizeof key - got, GRND_NONBLOCK);
        if (r <= 0) break;
        got += std::size_t(r);
    }
    if (got == sizeof key) {
        init_by_array(key, N);
    } else {
        u64 now = u64(std::chrono::system_clock::now().time_since_epoch().count());
        u64 mono = u64(std::chrono::steady_clock::now().time_since_epoch().count());
        u32 small[5] = {u32(now), u32(now >> 32), u32(getpid()), u32(mono), u32(mono >> 32)};
        init_by_array(small, 5);
    }
    has_gauss_next_ = false;
}

void Random::seed_u64(u64 n) {
    u32 key[2] = {u32(n), u32(n >> 32)};
    init_by_array(key, key[1] != 0 ? 2 : 1);
    has_gauss_next_ = false;
}

void Random::seed(i64 a) {
    // the absolute value; -2**63 too, as an unsigned number
    seed_u64(a < 0 ? u64(0) - u64(a) : u64(a));
}

void Random::seed(double a) {
    // CPython seeds with hash(a) cast to an unsigned word (not its absolute value)
    seed_u64(u64(float_hash(a)));
}

void Random::seed(str* a) {
    // version 2: int.from_bytes(utf8 + sha512(utf8), 'big')
    std::string_view text = a->view();
    auto digest = sha512(text.data(), text.size());
    std::string bytes(text);
    bytes.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    seed_big_endian(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

void Random::seed_big_endian(const std::uint8_t* bytes, std::size_t n) {
    std::size_t first = 0;
    while (first < n && bytes[first] == 0) ++first;
    std::size_t used = n - first;
    std::size_t words = used == 0 ? 1 : (used + 3) / 4;
    std::vector<u32> key(words, 0);
    for (std::size_t b = 0; b < used; ++b) {  // b counts bytes from the least significant
        key[b / 4] |= u32(bytes[n - 1 - b]) << (8 * (b % 4));
    }
    init_by_array(key.data(), key.size());
    has_gauss_next_ = false;
}

i64 Random::getrandbits(i64 k) {
    if (k < 0) raise_value_error("number of bits must be non-negative");
    if (k <= 63) return i64(bits(int(k)));
    if (k > 128) raise_int_overflow();  // the result needs more than 64 bits
    u128 r = bits(int(k));
    if (r > u128(INT64_MAX)) raise_int_overflow();
    return i64(r);
}

i64 Random::randrange_wide(i128 start, i128 stop) {
    i128 width = stop - start;
    if (width > 0) return i64(start + i128(randbelow(u128(width))));
    std::string msg = "empty range for randrange() (" + i128_text(start) + ", " + i128_text(stop) + ", " +
                      i128_text(width) + ")";
    raise_value_error(str::from_utf8(msg));
}

i64 Random::randrange(i64 start, i64 stop, i64 step) {
    if (step == 1) return randrange_wide(start, stop);
    i128 width = i128(stop) - i128(start);
    i128 n;
    if (step > 0) n = floordiv(width + step - 1, step);
    else if (step < 0) n = floordiv(width + step + 1, step);
    else raise_value_error("zero step for randrange()");
    if (n <= 0) raise_value_error("empty range for randrange()");
    return i64(i128(start) + i128(step) * i128(randbelow(u128(n))));
}

list<i64>* Random::sample_indices(i64 n, i64 k) {
    if (k < 0 || k > n) raise_value_error("Sample larger than population or is negative");
    list<i64>* result = list<i64>::filled(k, 0);
    i64 setsize = 21;  // CPython: the size of a small set minus that of an empty list
    if (k > 5) {
        double e = std::ceil(std::log(double(k * 3)) / std::log(4.0));  // math.log(k * 3, 4)
        setsize = e >= 31 ? INT64_MAX : setsize + (i64(1) << (2 * i64(e)));
    }
    if (n <= setsize) {
        list<i64>* pool = list<i64>::filled(n, 0);
        for (i64 i = 0; i < n; ++i) pool->at(i) = i;
        for (i64 i = 0; i < k; ++i) {
            i64 j = randbelow_i64(n - i);
            result->at(i) = pool->at(j);
            pool->at(j) = pool->at(n - i - 1);  // the vacancy takes the last unselected index
        }
    } else {
        std::unordered_set<i64> selected;
        for (i64 i = 0; i < k; ++i) {
            i64 j = randbelow_i64(n);
            while (selected.count(j)) j = randbelow_i64(n);
            selected.insert(j);
            result->at(i) = j;
        }
    }
    return result;
}

double Random::normalvariate(double mu, double sigma) {
    double z;
    for (;;) {
        double u1 = random();
        double u2 = 1.0 - random();
        z = NV_MAGICCONST * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -std::log(u2)) break;
    }
    return mu + z * sigma;
}

double Random::gauss(double mu, double sigma) {
    double z;
    if (has_gauss_next_) {
        z = gauss_next_;
        has_gauss_next_ = false;
    } else {
        double x2pi = random() * TWOPI;
        double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
        z = std::cos(x2pi) * g2rad;
        gauss_next_ = std::sin(x2pi) * g2rad;
        has_gauss_next_ = true;
    }
    return mu + z * sigma;
}

double Random::vonmisesvariate(double mu, double kappa) {
    if (kappa <= 1e-6) return TWOPI * random();
    double s = 0.5 / kappa;
    double r = s + std::sqrt(1.0 + s * s);
    double z;
    for (;;) {
        double u1 = random();
        z = std::cos(M_PI * u1);
        double d = z / (r + z);
        double u2 = random();
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
    }
    double q = 1.0 / r;
    double f = (q + z) / (1.0 + q * z);
    double u3 = random();
    if (u3 > 0.5) return float_mod(mu + math::acos(f), TWOPI);
    return float_mod(mu - math::acos(f), TWOPI);
}

double Random::gammavariate(double alpha, double beta) {
    if (alpha <= 0.0 || beta <= 0.0) raise_value_error("gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
        // Cheng's rejection algorithm GB
        double ainv = std::sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - LOG4;
        double ccc = alpha + ainv;
        for (;;) {
            double u1 = random();
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - random();
            double v = std::log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * std::exp(v);
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= math::log(z)) return x * beta;
        }
    }
    if (alpha == 1.0) return -std::log(1.0 - random()) * beta;
    // alpha < 1: ALGORITHM GS of Statistical Computing (Kennedy & Gentle)
    double x;
    for (;;) {
        double u = random();
        double b = (M_E + alpha) / M_E;
        double p = b * u;
        if (p <= 1.0) x = float_pow(p, 1.0 / alpha);
        else x = -math::log((b - p) / alpha);
        double u1 = random();
        if (p > 1.0) {
            if (u1 <= float_pow(x, alpha - 1.0)) break;
        } else if (u1 <= std::exp(-x)) {
            break;
        }
    }
    return x * beta;
}

double Random::betavariate(double alpha, double beta) {
    double y = gammavariate(alpha, 1.0);
    if (y != 0.0) return y / (y + gammavariate(beta, 1.0));
    return 0.0;
}

Random* new_random() { return new (gc_alloc_atomic(sizeof(Random))) Random(); }
Random* new_random(NoneType) { return new_random(); }
Random* new_random(i64 a) { return new (gc_alloc_atomic(sizeof(Random))) Random(a); }
Random* new_random(bool a) { return new_random(i64(a)); }
Random* new_random(double a) { return new (gc_alloc_atomic(sizeof(Random))) Random(a); }
Random* new_random(str* a) { return new (gc_alloc_atomic(sizeof(Random))) Random(a); }

void raise_choices_k_positional(i64 k) {
    std::string msg = "The number of choices must be a keyword argument: k=" + std::to_string(k);
    raise_type_error(msg.c_str());
}

void raise_choices_both_weights() { raise_type_error("Cannot specify both weights and cumulative weights"); }

}  // namespace krait::random
