// base64_module.h -- the binascii module's hex, base64 and CRC-32 conversions and the base64
// module's functions built on them (CPython's Modules/binascii.c and Lib/base64.py), with their
// error messages. Errors are binascii.Error, a ValueError.
#pragma once

#include <string_view>

#include "krait/bytes.h"
#include "krait/exceptions.h"
#include "krait/str.h"

namespace krait::binascii {

/// binascii.Error (base64.binascii.Error): catch it as ValueError.
struct Error : ValueError {
    using ValueError::ValueError;
    const char* class_name() const override { return "Error"; }
    const char* module_name() const override { return "binascii"; }
};

bytes* hexlify(const bytes* data);
bytes* hexlify(const bytes* data, str* sep);
bytes* hexlify(const bytes* data, const bytes* sep);
bytes* unhexlify(const bytes* hexstr);
bytes* unhexlify(str* hexstr);
i64 crc32(const bytes* data, i64 value = 0);
bytes* b2a_base64(const bytes* data, bool newline = true);
bytes* a2b_base64(const bytes* data, bool strict_mode = false);
bytes* a2b_base64(str* data, bool strict_mode = false);

}  // namespace krait::binascii

namespace krait::base64 {

bytes* b64encode(const bytes* s, const bytes* altchars = nullptr);
bytes* b64decode(const bytes* s, const bytes* altchars = nullptr, bool validate = false);
bytes* b64decode(str* s, const bytes* altchars = nullptr, bool validate = false);
bytes* urlsafe_b64encode(const bytes* s);
bytes* urlsafe_b64decode(const bytes* s);
bytes* urlsafe_b64decode(str* s);
bytes* b16encode(const bytes* s);
bytes* b16decode(const bytes* s, bool casefold = false);
bytes* b16decode(str* s, bool casefold = false);

}  // namespace krait::base64
