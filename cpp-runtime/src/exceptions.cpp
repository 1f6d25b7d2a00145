// exceptions.cpp -- exception objects, raise helpers and Object defaults.
#include "krait/exceptions.h"

#include <cstdio>
#include <string>

#include "krait/ops.h"
#include "str_impl.h"

namespace krait {

namespace {
// The most recently created exceptions, kept visible to the collector while
// they may be in flight (the C++ runtime stores a thrown pointer in memory
// that Boehm does not scan). Static storage is a GC root. Nothing in the program reads the ring, so
// without volatile GCC removes it as a write-only variable (it did: the objects were unprotected,
// and runtime_test's in-flight collection crashed in about one run in seven).
constexpr unsigned kRecentExceptions = 64;
[[gnu::used]] BaseException* volatile g_recent[kRecentExceptions];
unsigned g_recent_next = 0;

void remember(BaseException* e) {
    g_recent[g_recent_next] = e;
    g_recent_next = (g_recent_next + 1) % kRecentExceptions;
}
}  // namespace

BaseException::BaseException() { remember(this); }
BaseException::BaseException(str* msg) : message(msg) { remember(this); }
BaseException::BaseException(const char* msg) : message(str::from_cstr(msg)) { remember(this); }
BaseException::BaseException(str* msg, str* repr) : message(msg), arg_repr(repr) { remember(this); }

str* BaseException::type_name() const { return str::from_cstr(class_name()); }

str* BaseException::arg_repr_text() const {
    if (!message) return str::empty();
    return arg_repr ? arg_repr : str_repr(message);
}

str* BaseException::str_() const { return message ? message : str::empty(); }

str* BaseException::repr_() const {
    std::string out = class_name();
    out += '(';
    if (message) {
        str* r = arg_repr_text();
        out.append(r->data(), std::size_t(r->nbytes()));
    }
    out += ')';
    return str::from_utf8(out);
}

str* KeyError::str_() const { return multiple_args ? message : arg_repr_text(); }

SystemExit::SystemExit(i64 c) : kind(Kind::Int), code(c) {
    std::string text;
    append_int(text, c);
    message = str::from_utf8(text);
}

str* exception_summary(const BaseException* e) {
    std::string out = e->class_name();
    if (e->module_name() != nullptr && std::string(e->module_name()) != "builtins" &&
        std::string(e->module_name()) != "__main__") {
        out = std::string(e->module_name()) + "." + out;
    }
    str* text = e->str_();
    if (text->nbytes() != 0) {
        out += ": ";
        out.append(text->data(), std::size_t(text->nbytes()));
    }
    return str::from_utf8(out);
}

// ---- raise helpers ----
void raise_overflow_error(const char* msg) { throw gc_new<OverflowError>(msg); }
void raise_int_overflow() { throw gc_new<OverflowError>("integer overflow (Krait ints are 64-bit)"); }
void raise_zero_division(const char* msg) { throw gc_new<ZeroDivisionError>(msg); }
void raise_value_error(const char* msg) { throw gc_new<ValueError>(msg); }
void raise_value_error(str* msg) { throw gc_new<ValueError>(msg); }
void raise_index_error(const char* msg) { throw gc_new<IndexError>(msg); }
void raise_type_error(const char* msg) { throw gc_new<TypeError>(msg); }
void raise_type_error_str(const std::string& msg) { throw gc_new<TypeError>(msg.c_str()); }
void raise_type_error(str* msg) { throw gc_new<TypeError>(msg); }
void raise_runtime_error(const char* msg) { throw gc_new<RuntimeError>(msg); }

namespace detail {
// the module body is the first frame, as in CPython
i64 g_recursion_depth = 1;
i64 g_recursion_limit = 1000;

void raise_recursion_error() {
    --g_recursion_depth;  // the call that would have gone too deep does not run
    throw gc_new<RecursionError>("maximum recursion depth exceeded");
}
}  // namespace detail

void setrecursionlimit(i64 limit) {
    if (limit < 1) raise_value_error("recursion limit must be greater or equal than 1");
    if (detail::g_recursion_depth >= limit) {
        std::string msg = "cannot set the recursion limit to " + std::to_string(limit) + " at the recursion depth "
                          + std::to_string(detail::g_recursion_depth) + ": the limit is too low";
        throw gc_new<RecursionError>(msg.c_str());
    }
    detail::g_recursion_limit = limit;
}
void raise_key_error(str* key_repr) { throw gc_new<KeyError>(key_repr, key_repr); }
void raise_assertion_error(str* msg) { throw msg ? gc_new<AssertionError>(msg) : gc_new<AssertionError>(); }
void raise_attribute_error(const char* msg) { throw gc_new<AttributeError>(msg); }
[[noreturn]] void raise_none_attribute(const char* attr) {
    std::string msg = std::string("'NoneType' object has no attribute '") + attr + "'";
    raise_attribute_error(msg.c_str());
}
void raise_name_error(const char* msg) { throw gc_new<NameError>(msg); }
void raise_not_implemented(const char* msg) {
    throw msg ? gc_new<NotImplementedError>(msg) : gc_new<NotImplementedError>();
}
void raise_stop_iteration() { throw gc_new<StopIteration>(); }
void raise_system_exit(i64 code) { throw gc_new<SystemExit>(code); }
void raise_dict_changed_size() { raise_runtime_error("dictionary changed size during iteration"); }
void raise_set_changed_size() { raise_runtime_error("Set changed size during iteration"); }
void raise_frozenset_attribute(const char* method) {
    std::string msg = "'frozenset' object has no attribute '";
    msg += method;
    msg += "'";
    raise_attribute_error(msg.c_str());
}
void raise_unhashable_set() { raise_type_error(str::from_cstr("unhashable type: 'set'")); }
void raise_memory_error() { throw gc_new<MemoryError>(); }

namespace detail {
void raise_unorderable(const char* op, const char* a, const char* b) {
    std::string msg = "'";
    msg += op;
    msg += "' not supported between instances of '";
    msg += a;
    msg += "' and '";
    msg += b;
    msg += "'";
    raise_type_error(str::from_utf8(msg));
}
}  // namespace detail

// ---- Object defaults ----
str* Object::repr_() const {
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<const void*>(this));
    std::string out = "<";
    out += module_name();
    out += '.';
    out += class_name();
    out += buf;
    return str::from_utf8(out);
}

bool Object::compare_(int op, const Object* other) const {
    static const char* const ops[] = {"<", "<=", ">", ">="};
    detail::raise_unorderable(ops[op & 3], class_name(), other ? other->class_name() : "NoneType");
}

}  // namespace krait
