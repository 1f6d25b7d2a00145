// statistics_module.cpp -- exact sums for the statistics module. CPython adds the data as
// Fractions and rounds the final quotient once (Lib/statistics.py: _sum, _ss, _convert,
// _float_sqrt_of_frac); here every number is an integer times a power of two, so the sums are
// big integers scaled by a fixed power of two, and the one rounding is done by hand.
#include "krait/statistics_module.h"

#include <algorithm>
#include <cstdint>

namespace krait::statistics {

void raise_statistics_error(const char* msg) { throw gc_new<StatisticsError>(msg); }

namespace {

using u32 = std::uint32_t;
using u128 = unsigned __int128;

/// A non-negative big integer, 32-bit limbs, least significant first, no leading zero limbs.
struct Big {
    std::vector<u32> limbs;

    static Big of(u64 v) {
        Big b;
        while (v) {
            b.limbs.push_back(u32(v));
            v >>= 32;
        }
        return b;
    }
    bool zero() const { return limbs.empty(); }
    void trim() {
        while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
    }
    int bits() const {
        if (limbs.empty()) return 0;
        return int(limbs.size() - 1) * 32 + (32 - __builtin_clz(limbs.back()));
    }
    Big shl(int n) const {
        if (zero()) return *this;
        Big r;
        r.limbs.assign(std::size_t(n / 32), 0);
        int s = n % 32;
        u32 carry = 0;
        for (u32 l : limbs) {
            r.limbs.push_back(s ? (l << s) | carry : l);
            carry = s ? l >> (32 - s) : 0;
        }
        r.limbs.push_back(carry);
        r.trim();
        return r;
    }
    /// this >> n; *inexact is set when a one bit is shifted out.
    Big shr(int n, bool* inexact) const {
        Big r;
        std::size_t skip = std::size_t(n / 32);
        int s = n % 32;
        for (std::size_t i = 0; i < limbs.size() && i < skip; ++i) *inexact |= limbs[i] != 0;
        if (skip < limbs.size() && s) *inexact |= (limbs[skip] & ((u32(1) << s) - 1)) != 0;
        for (std::size_t i = skip; i < limbs.size(); ++i) {
            u64 v = limbs[i] >> s;
            if (s && i + 1 < limbs.size()) v |= u64(limbs[i + 1]) << (32 - s);
            r.limbs.push_back(u32(v));
        }
        r.trim();
        return r;
    }
    static int cmp(const Big& a, const Big& b) {
        if (a.limbs.size() != b.limbs.size()) return a.limbs.size() < b.limbs.size() ? -1 : 1;
        for (std::size_t i = a.limbs.size(); i-- > 0;) {
            if (a.limbs[i] != b.limbs[i]) return a.limbs[i] < b.limbs[i] ? -1 : 1;
        }
        return 0;
    }
    static Big add(const Big& a, const Big& b) {
        Big r;
        u64 carry = 0;
        for (std::size_t i = 0; i < std::max(a.limbs.size(), b.limbs.size()); ++i) {
            u64 s = carry + (i < a.limbs.size() ? a.limbs[i] : 0) + (i < b.limbs.size() ? b.limbs[i] : 0);
            r.limbs.push_back(u32(s));
            carry = s >> 32;
        }
        r.limbs.push_back(u32(carry));
        r.trim();
        return r;
    }
    /// a - b for a >= b
    static Big sub(const Big& a, const Big& b) {
        Big r;
        i64 borrow = 0;
        for (std::size_t i = 0; i < a.limbs.size(); ++i) {
            i64 d = i64(a.limbs[i]) - (i < b.limbs.size() ? i64(b.limbs[i]) : 0) - borrow;
            borrow = d < 0;
            r.limbs.push_back(u32(d + (borrow << 32)));
        }
        r.trim();
        return r;
    }
    static Big mul(const Big& a, const Big& b) {
        if (a.zero() || b.zero()) return Big();
        Big r;
        r.limbs.assign(a.limbs.size() + b.limbs.size(), 0);
        for (std::size_t i = 0; i < a.limbs.size(); ++i) {
            u64 carry = 0;
            for (std::size_t j = 0; j < b.limbs.size(); ++j) {
                u64 t = u64(a.limbs[i]) * b.limbs[j] + r.limbs[i + j] + carry;
                r.limbs[i + j] = u32(t);
                carry = t >> 32;
            }
            std::size_t k = i + b.limbs.size();
            while (carry) {
                u64 t = u64(r.limbs[k]) + carry;
                r.limbs[k++] = u32(t);
                carry = t >> 32;
            }
        }
        r.trim();
        return r;
    }
    /// this / d; *inexact is set when the remainder is not zero.
    Big div(u64 d, bool* inexact) const {
        Big r;
        r.limbs.assign(limbs.size(), 0);
        u128 rem = 0;
        for (std::size_t i = limbs.size(); i-- > 0;) {
            u128 cur = (rem << 32) | limbs[i];
            r.limbs[i] = u32(cur / d);
            rem = cur % d;
        }
        *inexact |= rem != 0;
        r.trim();
        return r;
    }
    u128 low128() const {
        u128 v = 0;
        for (std::size_t i = std::min<std::size_t>(limbs.size(), 4); i-- > 0;) v = (v << 32) | limbs[i];
        return v;
    }
};

/// A signed big integer as sign and magnitude.
struct SBig {
    Big mag;
    bool negative = false;
    static SBig add(const SBig& a, const SBig& b) {
        if (a.negative == b.negative) return {Big::add(a.mag, b.mag), a.negative};
        int c = Big::cmp(a.mag, b.mag);
        if (c == 0) return {};
        if (c > 0) return {Big::sub(a.mag, b.mag), a.negative};
        return {Big::sub(b.mag, a.mag), b.negative};
    }
};

// Every finite float and int is m * 2**e with e >= -1074: sums of them scaled by 2**1074 are
// integers, and so are sums of squares scaled by 2**2148.
const int kScale = 1074;

int bits128(u128 v) {
    int n = 0;
    while (v) {
        ++n;
        v >>= 1;
    }
    return n;
}

/// The double nearest q * 2**exp2 (ties to even), where q carries a sticky low bit when it is
/// inexact (rounded to odd) and then has at least two bits more than a double keeps.
double round_scaled(u128 q, int exp2) {
    if (q == 0) return 0.0;
    int len = bits128(q);
    int lsb = std::max(len - 53, -1074 - exp2);
    if (lsb <= 0) return std::ldexp(double(u64(q)), exp2);
    if (lsb >= 128) return 0.0;
    u128 hi = q >> lsb;
    u128 rem = q & ((u128(1) << lsb) - 1);
    u128 half = u128(1) << (lsb - 1);
    if (rem > half || (rem == half && (hi & 1))) ++hi;
    double r = std::ldexp(double(u64(hi)), exp2 + lsb);
    // CPython's Fraction-to-float conversion is an int division
    if (std::isinf(r)) raise_overflow_error("integer division result too large for a float");
    return r;
}

/// a / (d1 * d2 * 2**scale) rounded once, a >= 0.
double quotient(const Big& a, u64 d1, u64 d2, int scale) {
    if (a.zero()) return 0.0;
    // scale a so that the quotient has about 120 bits: enough for rounding, small enough for u128
    int dbits = 64 - __builtin_clzll(d1) + 64 - __builtin_clzll(d2);
    int k = 120 - a.bits() + dbits;
    bool inexact = false;
    Big s = k >= 0 ? a.shl(k) : a.shr(-k, &inexact);
    Big q = s.div(d1, &inexact).div(d2, &inexact);
    u128 v = q.low128();
    if (inexact) v |= 1;
    return round_scaled(v, -scale - k);
}

/// sqrt(a / (d1 * d2 * 2**scale)) rounded once, a >= 0, scale even.
double sqrt_quotient(const Big& a, u64 d1, u64 d2, int scale) {
    if (a.zero()) return 0.0;
    int dbits = 64 - __builtin_clzll(d1) + 64 - __builtin_clzll(d2);
    // z = a * 2**(2k) / d of about 120 bits, so that its square root has about 60
    int k = (120 - a.bits() + dbits) / 2;
    bool inexact = false;
    Big s = k >= 0 ? a.shl(2 * k) : a.shr(-2 * k, &inexact);
    Big zb = s.div(d1, &inexact).div(d2, &inexact);
    u128 z = zb.low128();
    u64 t = u64(std::sqrt(double(z)));
    while (u128(t) * t > z) --t;
    while (u128(t + 1) * (t + 1) <= z) ++t;
    if (u128(t) * t != z) inexact = true;
    u128 v = t;
    if (inexact) v |= 1;
    return round_scaled(v, -k - scale / 2);
}

}  // namespace

double mean_exact(const std::vector<Exact>& xs) {
    // infinities and NaNs: CPython adds them as floats and ignores the finite rest
    bool special = false;
    double special_sum = 0.0;
    for (const Exact& x : xs) {
        if (!x.finite) {
            special_sum = special ? special_sum + x.value : x.value;
            special = true;
        }
    }
    if (special) return special_sum / double(xs.size());
    SBig sum;
    for (const Exact& x : xs) sum = SBig::add(sum, {Big::of(x.mantissa).shl(x.exponent + kScale), x.negative});
    double r = quotient(sum.mag, u64(xs.size()), 1, kScale);
    return sum.negative ? -r : r;
}

double variance_exact(const std::vector<Exact>& xs, bool population, bool root) {
    u64 n = xs.size();
    bool special = false;
    double special_sum = 0.0;
    for (const Exact& x : xs) {
        if (!x.finite) {
            special_sum = special ? special_sum + x.value : x.value;
            special = true;
        }
    }
    if (special) {
        // the sum of squared deviations is that float; stdev then asks it for .numerator
        if (root) {
            throw gc_new<AttributeError>("'float' object has no attribute 'numerator'");
        }
        return special_sum / double(population ? n : n - 1);
    }
    // ssd = (n * sum(x*x) - sum(x)**2) / n, all scaled by 2**(2 * kScale)
    SBig sx;
    Big sxx;
    for (const Exact& x : xs) {
        Big m = Big::of(x.mantissa);
        sx = SBig::add(sx, {m.shl(x.exponent + kScale), x.negative});
        sxx = Big::add(sxx, Big::mul(m, m).shl(2 * (x.exponent + kScale)));
    }
    Big num = Big::sub(Big::mul(sxx, Big::of(n)), Big::mul(sx.mag, sx.mag));
    u64 d2 = population ? n : n - 1;
    return root ? sqrt_quotient(num, n, d2, 2 * kScale) : quotient(num, n, d2, 2 * kScale);
}

}  // namespace krait::statistics
