// itertools_module.cpp -- the out-of-line error paths of itertools_module.h.
#include "krait/itertools_module.h"

#include <string>

namespace krait::itertools::detail {

void raise_islice_stop() {
    raise_value_error("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
}

void raise_count_int_float() {
    raise_not_implemented("itertools.count() with an int start and a float step yields an int first; use a float start");
}

void raise_islice_indices() {
    raise_value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
}

void raise_islice_step() { raise_value_error("Step for islice() must be a positive integer or None."); }

void raise_literal_mismatch(const char* function, const char* param) {
    std::string msg = std::string("itertools.") + function + "(): " + param +
                      " differs from the tuple length the compiler chose";
    raise_not_implemented(msg.c_str());
}

}  // namespace krait::itertools::detail
