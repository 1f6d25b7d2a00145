// random_test.cpp -- the random module's building blocks against published reference values:
// SHA-512 (the FIPS 180-4 examples and lengths around the padding boundaries, digests from
// CPython's hashlib) and MT19937 (the first and last outputs of mt19937ar.out, which CPython's
// getrandbits(32) reproduces), plus CPython's first random() for a few seeds.
#include <krait/runtime.h>
#include <krait/sha512.h>

#include <cstdio>
#include <string>

using namespace krait;

namespace {

int g_failed = 0, g_passed = 0;

void check(bool ok, const std::string& what) {
    if (ok) {
        ++g_passed;
    } else {
        ++g_failed;
        std::fprintf(stderr, "FAIL %s\n", what.c_str());
    }
}

std::string hex(const std::array<std::uint8_t, 64>& d) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (auto b : d) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

void test_sha512() {
    struct Case {
        std::string message;
        const char* digest;
    };
    const Case cases[] = {
        {"", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"},
        {"abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
        {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"},
        {std::string(1000000, 'a'), "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"},
        {std::string(111, 'x'), "9a2a120825c2319867758ec277924f6faa254968bf752046dacdd948d8ad299b10359fd04bfd7d3810b5fa1b16a294236138baff981cbb85248478053ac4d3dd"},
        {std::string(112, 'x'), "a3722b515ef40c910f2419f6e0da8ca51d410114ce6272faae64045f9e9f630e7fa8dd5a3243c9860b899d148c3da4bc0f9e07454542604d030bb55531fe0d5b"},
        {std::string(128, 'x'), "e2e22f8422b54b06e35c3ea30a383d1de7a8fbc27992923074103117020d8dd7024c3ecf7d6d1a15a6de5a75ff32fb486b9e8ced4c02ffe05822bf2cb734d0e0"},
    };
    for (const Case& c : cases) {
        std::string got = hex(sha512(c.message.data(), c.message.size()));
        check(got == c.digest, "sha512 of " + std::to_string(c.message.size()) + " bytes: " + got);
    }
}

void test_mt19937() {
    const random::u32 key[4] = {0x123, 0x234, 0x345, 0x456};
    random::Random r;
    r.seed_key(key, 4);
    const random::u32 first[10] = {1067595299, 955945823, 477289528, 4107218783U, 4228976476U,
                                   3344332714U, 3355579695U, 227628506, 810200273, 2591290167U};
    const random::u32 last[10] = {988064871, 3515461600U, 4089077232U, 2225147448U, 1249609188,
                                  2643151863U, 3896204135U, 2416995901U, 1397735321, 3460025646U};
    for (int i = 0; i < 1000; ++i) {
        random::u32 v = r.genrand_uint32();
        if (i < 10) check(v == first[i], "mt19937 output " + std::to_string(i) + ": " + std::to_string(v));
        if (i >= 990) check(v == last[i - 990], "mt19937 output " + std::to_string(i) + ": " + std::to_string(v));
    }
}

void test_first_random() {
    // repr(random.random()) after random.seed(s) in CPython 3.11
    random::Random a(i64(42)), b(i64(0)), c(i64(-1)), d(str::from_cstr("hello")), e(1.5);
    check(a.random() == 0.6394267984578837, "seed 42");
    check(b.random() == 0.8444218515250481, "seed 0");
    check(c.random() == 0.13436424411240122, "seed -1");
    check(d.random() == 0.3537754404730722, "seed 'hello'");
    check(e.random() == 0.551763726942059, "seed 1.5");
}

}  // namespace

int main() {
    GC_INIT();
    test_sha512();
    test_mt19937();
    test_first_random();
    std::printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed ? 1 : 0;
}
