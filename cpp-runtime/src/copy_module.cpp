// copy_module.cpp -- the defaults of Object's copy hooks (see copy_module.h).
#include "krait/copy_module.h"

#include <string>

namespace krait {

// Objects of the runtime (generators, library objects) have no attributes a copy could repeat.
Object* Object::copy_() const {
    raise_type_error(str::from_utf8("cannot pickle '" + std::string(class_name()) + "' object"));
}

Object* Object::deepcopy_(CopyMemo&) const {
    raise_type_error(str::from_utf8("cannot pickle '" + std::string(class_name()) + "' object"));
}

}  // namespace krait
