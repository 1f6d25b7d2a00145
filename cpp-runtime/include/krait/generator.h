// generator.h -- Python generators as stackful coroutines (no threads).
//
//   generator<i64>* g = make_generator<i64>("count", [=](yielder<i64>& y) {
//       for (i64 i = 0; i < n; ++i) y.yield(i);
//   });
//   for (i64 x : *g) ...            // range-for (generated `for x in g`)
//   i64 v = g->next();              // next(g): StopIteration when exhausted
//   i64 w; if (g->next(w)) ...      // without the exception
//   g->send(v)                      // g.send(v): v is what the body's y.yield() returns
//
// The body runs on its own stack (allocated at the first next(), lazily
// committed, with a guard region; see coroutine.h) and switches back to the
// consumer at each y.yield(v). An exception escaping the body is re-raised
// by the next() that resumed it, and the generator is then finished (like
// CPython; StopIteration escaping the body becomes RuntimeError "generator
// raised StopIteration", PEP 479). A generator's captures, its current value
// and its suspended stack are scanned by the GC while the generator is
// reachable; an abandoned, suspended generator is collected and its stack
// released (its pending `finally` blocks / destructors do not run).
#pragma once

#include <exception>
#include <new>
#include <type_traits>
#include <utility>

#include "krait/coroutine.h"
#include "krait/exceptions.h"
#include "krait/optional.h"

namespace krait {

class generator_base : public Object {
  public:
    enum class state : unsigned char { created, suspended, running, done };

    const char* class_name() const override { return "generator"; }
    const char* module_name() const override { return "builtins"; }
    /// "<generator object NAME at 0x7f...>"
    str* repr_() const override;

    state status() const { return state_; }
    /// The name given at creation (the function's __qualname__).
    const char* name() const { return name_; }

  protected:
    generator_base(const char* name, std::size_t object_bytes, std::size_t stack_bytes)
        : name_(name), object_bytes_(object_bytes), stack_bytes_(stack_bytes) {}

    /// Runs the body until its next yield or its end. On return state_ is
    /// suspended (a value is ready) or done; an exception from the body is
    /// re-raised here. Must not be called while running (checked by callers).
    void resume();
    /// Called by the body: hands control back to the consumer.
    void suspend() {
        state_ = state::suspended;
        detail::context_suspend();
    }
    /// next() on a running generator: ValueError "generator already executing".
    [[noreturn]] static void raise_already_executing();

    virtual void run_body() = 0;

  private:
    static void entry(void* self);
    friend struct generator_gc;

    detail::coro_context ctx_;
    const char* name_;
    std::size_t object_bytes_;  // read by the GC mark procedure
    std::size_t stack_bytes_;
    std::exception_ptr pending_;          // exception escaping the body
    BaseException* pending_obj_ = nullptr;  // ...kept visible to the GC

  protected:
    state state_ = state::created;
};

namespace detail {
/// Raw storage for a generator object: a GC kind whose mark procedure also
/// scans the suspended stack.
void* generator_alloc(std::size_t bytes);
}  // namespace detail

/// The body's side of a generator<T, S>: y.yield(v), y.yield_from(sub). S is the
/// type of the values g.send(v) passes in; None (S{}) when the consumer called next().
template <class T, class S = NoneType>
class yielder : public generator_base {
  public:
    /// Hands v to the consumer; returns what it sends back.
    S yield(T v) {
        value_ = std::move(v);
        suspend();
        S sent = std::move(sent_);
        sent_ = S{};
        return sent;
    }
    /// `yield from sub` for a sub-generator, list, or anything with begin/end
    /// (pointer or value). Values are re-yielded one by one.
    template <class It>
    void yield_from(const It& sub) {
        if constexpr (std::is_pointer_v<It>) {
            for (auto&& v : *sub) yield(T(v));
        } else {
            for (auto&& v : sub) yield(T(v));
        }
    }

  protected:
    using generator_base::generator_base;
    T value_{};
    S sent_{};
};

template <class T, class S = NoneType>
class generator : public yielder<T, S> {
  public:
    using value_type = T;

    /// next(g) without StopIteration: false once exhausted.
    bool next(T& out) {
        if (!advance()) return false;
        out = std::move(this->value_);
        return true;
    }
    /// next(g): raises StopIteration once exhausted.
    T next() {
        if (KRAIT_UNLIKELY(!advance())) raise_stop_iteration();
        return std::move(this->value_);
    }
    /// next(g, default)
    T next(const T& dflt) {
        if (!advance()) return dflt;
        return std::move(this->value_);
    }

    /// Range-for: `for (T x : *g)`. begin() fetches the first value.
    struct sentinel {};
    struct iterator {
        generator* g;
        bool more;
        bool operator!=(sentinel) const { return more; }
        T operator*() const { return g->value_; }
        iterator& operator++() {
            more = g->advance();
            return *this;
        }
    };
    iterator begin() { return iterator{this, advance()}; }
    sentinel end() { return sentinel{}; }

    /// g.send(v): resumes the body with v as its yield's value; the next value, or
    /// StopIteration once the body has finished.
    T send(S v) {
        if (this->state_ == generator_base::state::created && !is_none_value(v))
            raise_type_error(str::from_cstr("can't send non-None value to a just-started generator"));
        this->sent_ = std::move(v);
        if (KRAIT_UNLIKELY(!advance())) raise_stop_iteration();
        return std::move(this->value_);
    }

    /// Advances to the next value (in value_); false when finished.
    bool advance() {
        if (this->state_ == generator_base::state::done) return false;
        if (KRAIT_UNLIKELY(this->state_ == generator_base::state::running))
            generator_base::raise_already_executing();
        this->resume();
        return this->state_ == generator_base::state::suspended;
    }

  protected:
    using yielder<T, S>::yielder;

  private:
    static bool is_none_value(const S& v) {
        if constexpr (std::is_same_v<S, NoneType>) return true;
        else if constexpr (std::is_pointer_v<S>) return v == nullptr;
        else if constexpr (is_optional_v<S>) return v.is_none();
        else return false;
    }
};

namespace detail {
template <class T, class S, class F>
class generator_impl final : public generator<T, S> {
  public:
    generator_impl(const char* name, F&& body, std::size_t stack_bytes)
        : generator<T, S>(name, sizeof(generator_impl), stack_bytes), body_(std::move(body)) {}

  private:
    void run_body() override { body_(static_cast<yielder<T, S>&>(*this)); }
    F body_;
};
}  // namespace detail

/// A new generator object named `name` (shown by repr) whose body is
/// `body(yielder<T>&)`. Nothing runs until the first next(). The body's
/// captures are copied into the (GC-scanned) generator object.
/// stack_bytes: usable stack of the body (default 256 KiB, committed lazily);
/// overflowing it ends the program with RecursionError like deep recursion.
template <class T, class S = NoneType, class F>
generator<T, S>* make_generator(const char* name, F body,
                                std::size_t stack_bytes = detail::kGeneratorStackSize) {
    using G = detail::generator_impl<T, S, F>;
    void* mem = detail::generator_alloc(sizeof(G));
    return new (mem) G(name, std::move(body), stack_bytes);
}

}  // namespace krait
