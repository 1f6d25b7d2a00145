// object.h -- the root of Krait's class hierarchy for heap objects with
// Python-visible dynamic behaviour (user classes, exceptions).
//
// Builtin containers (str, list, dict, ...) are NOT Objects: they are plain
// final classes with no vtable, so their hot paths never dispatch virtually.
// Generated user classes derive from Object and override the hooks they
// define (__repr__, __str__, __eq__, __hash__ ...).
#pragma once

#include "krait/gc.h"

namespace krait {

class str;
struct CopyMemo;

struct Object {
    virtual ~Object() = default;
    /// The Python class name, e.g. "Point" (used by repr and tracebacks).
    virtual const char* class_name() const { return "object"; }
    /// The module of the class: "__main__" for user classes, "builtins" for
    /// builtin ones (exceptions), as in "<__main__.Point object at 0x...>".
    virtual const char* module_name() const { return "__main__"; }
    /// repr(self); default "<__main__.Name object at 0x7f...>".
    virtual str* repr_() const;
    /// str(self); default repr(self).
    virtual str* str_() const { return repr_(); }
    /// format(self, spec) by the class's own __format__; nullptr when it has none (then
    /// format() uses str(self) for an empty spec and raises TypeError for another).
    virtual str* format_(str* /*spec*/) const { return nullptr; }
    /// self == other; default identity.
    virtual bool eq_(const Object* other) const { return this == other; }
    /// hash(self); default identity-based.
    virtual std::size_t hash_() const { return reinterpret_cast<std::size_t>(this) >> 4; }
    /// self <op> other for op = CmpOp (LT, LE, GT, GE as 0..3); default
    /// raises TypeError "'<' not supported between instances of ...".
    virtual bool compare_(int op, const Object* other) const;
    /// bool(self); default True.
    virtual bool truthy_() const { return true; }
    /// copy.copy(self): a new object of the same class with the same attributes (generated
    /// classes override it); default raises TypeError.
    virtual Object* copy_() const;
    /// copy.deepcopy(self): such a copy, recorded in memo before its attributes are replaced by
    /// their deep copies (deep_fields_); default raises TypeError.
    virtual Object* deepcopy_(CopyMemo& memo) const;
    /// Replaces this new copy's attributes (its class's and its bases') by deep copies.
    virtual int deep_fields_(CopyMemo&) { return 0; }
};

}  // namespace krait
