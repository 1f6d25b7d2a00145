// getopt_module.h -- Python's getopt module: getopt and gnu_getopt over a list of str, as in
// CPython's Lib/getopt.py (errors are getopt.GetoptError with its messages).
#pragma once

#include <tuple>

#include "krait/exceptions.h"
#include "krait/list.h"
#include "krait/str.h"

namespace krait::getopt {

/// getopt.GetoptError (also getopt.error): str(e) is the message; its arguments are (msg, opt), so
/// repr is GetoptError('msg', 'opt'), and a traceback names it getopt.GetoptError.
struct GetoptError : Exception {
    str* opt;
    explicit GetoptError(str* msg, str* opt = str::empty());
    const char* class_name() const override { return "GetoptError"; }
    const char* module_name() const override { return "getopt"; }
};

using Opts = list<std::tuple<str*, str*>>*;
using Result = std::tuple<Opts, list<str*>*>;

Result getopt(list<str*>* args, str* shortopts, list<str*>* longopts = nullptr);
inline Result getopt_str(list<str*>* args, str* shortopts, str* longopt) {
    return getopt(args, shortopts, list<str*>::make({longopt}));
}
Result gnu_getopt(list<str*>* args, str* shortopts, list<str*>* longopts = nullptr);
inline Result gnu_getopt_str(list<str*>* args, str* shortopts, str* longopt) {
    return gnu_getopt(args, shortopts, list<str*>::make({longopt}));
}

}  // namespace krait::getopt
