// vtuple.cpp -- CPython's TypeError messages for f(*xs) whose length does not fit f.
#include <vector>

#include "krait/runtime.h"

namespace krait {

void check_spread_args(const char* fn, i64 given, i64 required, bool varargs, std::initializer_list<const char*> names) {
    i64 positional = i64(names.size());
    if (!varargs && given > positional) {
        std::string msg = std::string(fn) + "() takes ";
        if (required < positional) msg += "from " + std::to_string(required) + " to ";
        msg += std::to_string(positional) + " positional argument" + (positional == 1 ? "" : "s") + " but "
            + std::to_string(given) + (given == 1 ? " was" : " were") + " given";
        raise_type_error(str::from_utf8(msg));
    }
    if (given >= required) return;
    std::vector<std::string> missing;
    i64 i = 0;
    for (const char* name : names) {
        if (i >= given && i < required) missing.push_back(std::string("'") + name + "'");
        ++i;
    }
    std::string list;
    for (std::size_t k = 0; k < missing.size(); ++k) {
        if (k > 0) list += missing.size() == 2 ? " and " : (k + 1 == missing.size() ? ", and " : ", ");
        list += missing[k];
    }
    std::string msg = std::string(fn) + "() missing " + std::to_string(missing.size()) + " required positional argument"
        + (missing.size() == 1 ? "" : "s") + ": " + list;
    raise_type_error(str::from_utf8(msg));
}

}  // namespace krait
