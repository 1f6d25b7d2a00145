// exceptions.h -- Python's builtin exception hierarchy as C++ classes.
//
// Exceptions are GC-allocated and thrown/caught as POINTERS:
//     throw krait::gc_new<krait::ValueError>(msg);
//     catch (krait::ValueError* e) { ... }
// The C++ class hierarchy mirrors CPython's, so a handler for a base class
// catches its subclasses. Generated user exception classes derive from
// Exception (or another builtin one) and override class_name().
//
// Every exception object records itself in a small GC-visible ring of the
// most recently created exceptions while it is in flight: the C++ runtime
// keeps the thrown pointer in malloc'ed memory that Boehm does not scan.
#pragma once

#include "krait/object.h"
#include "krait/optional.h"
#include "krait/str.h"

#include <string>
#include <typeinfo>

namespace krait {

struct BaseException : Object {
    /// str(e): the text of the single argument; nullptr when raised without
    /// arguments (str(e) is then '').
    str* message = nullptr;
    /// repr of the argument when it was not a str (e.g. KeyError(1) -> '1');
    /// nullptr means repr(message).
    str* arg_repr = nullptr;
    /// Raised with two or more arguments: message is then the repr of their tuple ("('bad', 3)",
    /// what str(e) shows) and arg_repr the reprs inside the parentheses.
    bool multiple_args = false;
    /// For two or more arguments that are all strs: their list<str*>* (e.args); else nullptr.
    void* str_args = nullptr;
    /// __cause__ (raise ... from) and __context__ (raised while another was handled); nullptr is None.
    BaseException* cause = nullptr;
    BaseException* context = nullptr;

    BaseException();
    explicit BaseException(str* msg);
    explicit BaseException(const char* msg);
    BaseException(str* msg, str* arg_repr);

    const char* class_name() const override { return "BaseException"; }
    const char* module_name() const override { return "builtins"; }
    /// The class name as a str ("ValueError"); uses class_name().
    str* type_name() const;
    /// repr of the single argument ('' if none).
    str* arg_repr_text() const;
    str* str_() const override;
    /// "ValueError('msg')" / "ValueError()"
    str* repr_() const override;
};

#define KRAIT_DEFINE_EXCEPTION(Name, Base)                                    \
    struct Name : Base {                                                      \
        using Base::Base;                                                     \
        const char* class_name() const override { return #Name; }           \
    };

KRAIT_DEFINE_EXCEPTION(Exception, BaseException)
KRAIT_DEFINE_EXCEPTION(ArithmeticError, Exception)
KRAIT_DEFINE_EXCEPTION(ZeroDivisionError, ArithmeticError)
KRAIT_DEFINE_EXCEPTION(OverflowError, ArithmeticError)
KRAIT_DEFINE_EXCEPTION(FloatingPointError, ArithmeticError)
KRAIT_DEFINE_EXCEPTION(LookupError, Exception)
KRAIT_DEFINE_EXCEPTION(IndexError, LookupError)
KRAIT_DEFINE_EXCEPTION(ValueError, Exception)
KRAIT_DEFINE_EXCEPTION(UnicodeError, ValueError)
KRAIT_DEFINE_EXCEPTION(TypeError, Exception)
KRAIT_DEFINE_EXCEPTION(RuntimeError, Exception)
KRAIT_DEFINE_EXCEPTION(RecursionError, RuntimeError)
KRAIT_DEFINE_EXCEPTION(NotImplementedError, RuntimeError)
KRAIT_DEFINE_EXCEPTION(AssertionError, Exception)
KRAIT_DEFINE_EXCEPTION(NameError, Exception)
KRAIT_DEFINE_EXCEPTION(UnboundLocalError, NameError)
KRAIT_DEFINE_EXCEPTION(AttributeError, Exception)
KRAIT_DEFINE_EXCEPTION(StopIteration, Exception)
KRAIT_DEFINE_EXCEPTION(EOFError, Exception)
KRAIT_DEFINE_EXCEPTION(MemoryError, Exception)
/// OSError's errno, strerror and filename: set when the runtime raises it for a failed system
/// call (os::raise_os_error); None when the program raises one itself with a message.
/// (py_errno: errno is a C macro.)
struct OSError : Exception {
    using Exception::Exception;
    optional<i64> py_errno;
    str* strerror = nullptr;
    str* filename = nullptr;
    const char* class_name() const override { return "OSError"; }
};
KRAIT_DEFINE_EXCEPTION(FileNotFoundError, OSError)
KRAIT_DEFINE_EXCEPTION(FileExistsError, OSError)
KRAIT_DEFINE_EXCEPTION(IsADirectoryError, OSError)
KRAIT_DEFINE_EXCEPTION(NotADirectoryError, OSError)
KRAIT_DEFINE_EXCEPTION(PermissionError, OSError)
KRAIT_DEFINE_EXCEPTION(KeyboardInterrupt, BaseException)
KRAIT_DEFINE_EXCEPTION(SyntaxError, Exception)
KRAIT_DEFINE_EXCEPTION(IndentationError, SyntaxError)
KRAIT_DEFINE_EXCEPTION(TabError, IndentationError)
KRAIT_DEFINE_EXCEPTION(ImportError, Exception)
KRAIT_DEFINE_EXCEPTION(ModuleNotFoundError, ImportError)
KRAIT_DEFINE_EXCEPTION(BufferError, Exception)
KRAIT_DEFINE_EXCEPTION(ReferenceError, Exception)
KRAIT_DEFINE_EXCEPTION(SystemError, Exception)
KRAIT_DEFINE_EXCEPTION(StopAsyncIteration, Exception)
KRAIT_DEFINE_EXCEPTION(TimeoutError, OSError)
KRAIT_DEFINE_EXCEPTION(BlockingIOError, OSError)
KRAIT_DEFINE_EXCEPTION(ChildProcessError, OSError)
KRAIT_DEFINE_EXCEPTION(InterruptedError, OSError)
KRAIT_DEFINE_EXCEPTION(ProcessLookupError, OSError)
KRAIT_DEFINE_EXCEPTION(ConnectionError, OSError)
KRAIT_DEFINE_EXCEPTION(BrokenPipeError, ConnectionError)
KRAIT_DEFINE_EXCEPTION(ConnectionAbortedError, ConnectionError)
KRAIT_DEFINE_EXCEPTION(ConnectionRefusedError, ConnectionError)
KRAIT_DEFINE_EXCEPTION(ConnectionResetError, ConnectionError)
KRAIT_DEFINE_EXCEPTION(GeneratorExit, BaseException)
KRAIT_DEFINE_EXCEPTION(Warning, Exception)
KRAIT_DEFINE_EXCEPTION(UserWarning, Warning)
KRAIT_DEFINE_EXCEPTION(DeprecationWarning, Warning)
KRAIT_DEFINE_EXCEPTION(PendingDeprecationWarning, Warning)
KRAIT_DEFINE_EXCEPTION(RuntimeWarning, Warning)
KRAIT_DEFINE_EXCEPTION(SyntaxWarning, Warning)
KRAIT_DEFINE_EXCEPTION(FutureWarning, Warning)
KRAIT_DEFINE_EXCEPTION(ImportWarning, Warning)
KRAIT_DEFINE_EXCEPTION(UnicodeWarning, Warning)
KRAIT_DEFINE_EXCEPTION(BytesWarning, Warning)
KRAIT_DEFINE_EXCEPTION(ResourceWarning, Warning)

/// KeyError: str(e) is repr of the key (KeyError('x') prints "KeyError: 'x'"); of several
/// arguments, the repr of their tuple as for any exception.
struct KeyError : LookupError {
    using LookupError::LookupError;
    const char* class_name() const override { return "KeyError"; }
    str* str_() const override;
};

/// SystemExit(code): the exit status is the int code, 0 for None, and 1 for
/// any other value, whose str is printed to stderr.
struct SystemExit : BaseException {
    enum class Kind { None, Int, Other };
    Kind kind = Kind::None;
    i64 code = 0;
    SystemExit() = default;
    explicit SystemExit(NoneType) {}
    explicit SystemExit(i64 c);
    explicit SystemExit(str* text) : BaseException(text), kind(Kind::Other) {}
    const char* class_name() const override { return "SystemExit"; }
};

// ---- raise helpers (cold, out of line); see also core.h ----
[[noreturn]] void raise_key_error(str* key_repr);
[[noreturn]] void raise_assertion_error(str* msg = nullptr);
[[noreturn]] void raise_attribute_error(const char* msg);
[[noreturn]] void raise_name_error(const char* msg);
[[noreturn]] void raise_not_implemented(const char* msg = nullptr);
[[noreturn]] void raise_stop_iteration();
[[noreturn]] void raise_type_error(str* msg);
[[noreturn]] void raise_system_exit(i64 code);

/// raise e from c: sets e.__cause__ (c may be nullptr: from None).
template <class E>
E* with_cause(E* e, BaseException* c) {
    e->cause = c;
    return e;
}
/// raise e inside an except clause handling h: h becomes e.__context__ (unless e is h or already has one).
template <class E>
E* with_context(E* e, BaseException* h) {
    if (static_cast<BaseException*>(e) != h && e->context == nullptr) e->context = h;
    return e;
}
inline BaseException* exception_cause(const BaseException* e) { return e->cause; }
inline BaseException* exception_context(const BaseException* e) { return e->context; }
/// AttributeError "'C' object has no attribute 'f'" for the class of o.
[[noreturn]] inline void raise_missing_attribute(const Object* o, const char* attr) {
    std::string msg = std::string("'") + o->class_name() + "' object has no attribute '" + attr + "'";
    raise_attribute_error(msg.c_str());
}
/// type(x).__name__ where x may be None.
inline str* class_name_or_none(const Object* o) { return str::from_cstr(o ? o->class_name() : "NoneType"); }

/// print(type(x)) of an object (or None): "<class '__main__.Node'>", "<class 'ValueError'>".
inline str* type_repr(const Object* o) {
    std::string m = o ? o->module_name() : "builtins";
    std::string text = "<class '" + (m == "builtins" ? std::string() : m + ".") + (o ? o->class_name() : "NoneType") + "'>";
    return str::from_utf8(text.data(), text.size());
}

/// An exception class as a run-time value (the exc_type __exit__ receives): it keeps an exception
/// of that class, whose dynamic C++ type is the class. nullptr is None.
struct ExceptionClass : Object {
    const BaseException* instance;
    explicit ExceptionClass(const BaseException* e) : instance(e) {}
    const char* class_name() const override { return "type"; }
    /// cls.__name__
    str* name() const { return str::from_cstr(instance->class_name()); }
    /// "<class 'ValueError'>", "<class '__main__.Oops'>"
    str* repr_() const override {
        std::string m = instance->module_name();
        std::string text = "<class '" + (m == "builtins" ? std::string() : m + ".") + instance->class_name() + "'>";
        return str::from_utf8(text.data(), text.size());
    }
    bool eq_(const Object* o) const override {
        auto* c = dynamic_cast<const ExceptionClass*>(o);
        return c != nullptr && typeid(*c->instance) == typeid(*instance);
    }
    std::size_t hash_() const override { return typeid(*instance).hash_code(); }
};
/// type(e) of a raised exception (None for None).
inline ExceptionClass* class_of_exception(const BaseException* e) {
    return e == nullptr ? nullptr : gc_new<ExceptionClass>(e);
}
/// exc_type is E: exactly that class.
template <class E>
bool is_exception_class(const ExceptionClass* c) {
    return c != nullptr && typeid(*c->instance) == typeid(E);
}
/// issubclass(exc_type, E).
template <class E>
bool exception_subclass(const ExceptionClass* c) {
    if (c == nullptr) raise_type_error(str::from_cstr("issubclass() arg 1 must be a class"));
    return dynamic_cast<const E*>(c->instance) != nullptr;
}

/// The last line CPython prints for an uncaught exception:
/// "ValueError: msg", or "ValueError" when str(e) is empty.
str* exception_summary(const BaseException* e);

// ---- recursion depth ----
//
// CPython counts the frames on the stack and raises RecursionError when a call would make them
// more than sys.getrecursionlimit(). Krait counts only the calls of functions that lie on a cycle
// of the call graph (the generated code puts a recursion_guard at their start; no other call can
// nest without end), plus one for the module body; the stack-overflow handler (main.cpp) stays
// for recursion the count does not see.
namespace detail {
extern i64 g_recursion_depth;
extern i64 g_recursion_limit;
[[noreturn]] void raise_recursion_error();
}  // namespace detail

/// One level of recursion for the function it is declared in, for as long as the call runs.
struct recursion_guard {
    recursion_guard() {
        if (KRAIT_UNLIKELY(++detail::g_recursion_depth > detail::g_recursion_limit)) detail::raise_recursion_error();
    }
    ~recursion_guard() { --detail::g_recursion_depth; }
    recursion_guard(const recursion_guard&) = delete;
    recursion_guard& operator=(const recursion_guard&) = delete;
};

/// sys.setrecursionlimit(n): CPython's checks (n >= 1, and above the current depth).
void setrecursionlimit(i64 limit);
/// sys.getrecursionlimit()
inline i64 getrecursionlimit() { return detail::g_recursion_limit; }

}  // namespace krait
