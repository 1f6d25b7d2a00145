// sha512.h -- SHA-512 (FIPS 180-4), which random.seed(str) needs: CPython seeds a generator with
// a string's UTF-8 bytes followed by their SHA-512 digest. Self-contained, so generated programs
// link no crypto library.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace krait {

/// The 64-byte SHA-512 digest of n bytes.
std::array<std::uint8_t, 64> sha512(const void* data, std::size_t n);

}  // namespace krait
