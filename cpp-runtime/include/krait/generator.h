// generator.h -- Python generators as stackful coroutines (no threads).
//
//   generator<i64>* g = make_generator<i64>("count", [=](yielder<i64>& y) {
//       for (i64 i = 0; i < n; ++i) y.yield(i);
//   });
//   for (i64 x : *g) ...            // range-for (generated `for x in g`)
//   i64 v = g->next();              // next(g): StopIteration when exhausted
//   i64 w; if (g->next(w)) ...      // without the exception
//   g->send(v)                      // g.send(v): v is what the body's y.yield() returns
//   g->throw_exc(e), g->close()     // g.throw(e), g.close(): e / GeneratorExit raised at the paused yield
//   y.returns(v, &make_stop<R>)     // `return v` in the body: StopIteration(v), and yield from's value
//
// The body runs on its own stack (allocated at the first next(), lazily
// committed, with a guard region; see coroutine.h) and switches back to the
// consumer at each y.yield(v). An exception escaping the body is re-raised
// by the next() that resumed it, and the generator is then finished (like
// CPython; StopIteration escaping the body becomes RuntimeError "generator
// raised StopIteration", PEP 479). A generator's captures, its current value
// and its suspended stack are scanned by the GC while the generator is
// reachable; an abandoned, suspended generator is collected and its stack
// released (its pending `finally` blocks / destructors do not run; a `for` loop
// over a generator it made itself closes it when left early, generator_closer).
// Each resume counts one level of recursion, as CPython counts the generator's
// frame while it runs: recursive `yield from` chains end in RecursionError.
#pragma once

#include <exception>
#include <new>
#include <type_traits>
#include <utility>

#include "krait/coroutine.h"
#include "krait/exceptions.h"
#include "krait/gc.h"
#include "krait/ops.h"
#include "krait/optional.h"

namespace krait {

template <class T, class S>
class generator;

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

    /// g.close(): GeneratorExit raised at the paused yield (its finally blocks run); RuntimeError
    /// if the body yields again. Nothing to do before the start or after the end.
    void close();
    /// The value of `return v` in the body once it has finished (nullptr: None); R is the type
    /// the body returned, which the caller knows from the generator's function.
    template <class R>
    R returned_value() const {
        if (returned_ == nullptr) return R{};
        return *static_cast<const R*>(returned_);
    }

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
    /// StopIteration for a next()/send()/throw() that found the body finished: the first one
    /// after the body's `return v` carries v (as CPython's does), any later one nothing.
    [[noreturn]] void raise_stop();
    /// Called by the body after suspend(): raises what g.throw()/g.close() passed in, if anything.
    void raise_thrown() {
        if (KRAIT_UNLIKELY(thrown_obj_ != nullptr)) rethrow_thrown();
    }
    [[noreturn]] void rethrow_thrown();
    bool thrown_pending() const { return thrown_obj_ != nullptr; }
    std::exception_ptr take_thrown(BaseException*& obj) {
        obj = thrown_obj_;
        thrown_obj_ = nullptr;
        return std::move(thrown_);
    }
    /// Makes `exc` the exception the paused yield raises when resumed.
    void set_thrown(std::exception_ptr exc, BaseException* obj) {
        thrown_ = std::move(exc);
        thrown_obj_ = obj;
    }
    /// Forgets the return value: a finished generator resumed again returns None.
    void forget_return() {
        returned_ = nullptr;
        make_stop_ = nullptr;
    }

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
    std::exception_ptr thrown_;             // g.throw()'s exception, for the paused yield
    BaseException* thrown_obj_ = nullptr;   // ...kept visible to the GC; non-null while pending

  protected:
    state state_ = state::created;
    void* returned_ = nullptr;                      // GC box of `return v`'s value
    StopIteration* (*make_stop_)(void*) = nullptr;  // makes StopIteration(v) from it
};

/// StopIteration(v) for a generator's `return v` (StopIteration() for None).
template <class R>
StopIteration* make_stop(void* box);
/// The same, for a program that reads e.value: a StopIterationWith<G> holding v as G, the type
/// e.value has in the whole program.
template <class G, class R>
StopIteration* make_stop_with(void* box);

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
        this->raise_thrown();
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
    /// `yield from sub` for a sub-generator: g.throw() and g.close() go to sub first, as in
    /// CPython (sub's finally blocks run before ours).
    template <class U, class S2>
    void yield_from(generator<U, S2>* sub);
    /// `x = yield from sub`: the value of sub's `return` (R is sub's return type).
    template <class R, class U, class S2>
    R yield_from_value(generator<U, S2>* sub) {
        yield_from(sub);
        return sub->template returned_value<R>();
    }
    /// `return v` in the body (then the body returns): `make` turns the kept value into the
    /// StopIteration the consumer sees.
    template <class R>
    void returns(R v, StopIteration* (*make)(void*)) {
        void* box = gc_alloc(sizeof(R));
        new (box) R(std::move(v));
        returned_ = box;
        make_stop_ = make;
    }

  protected:
    using generator_base::generator_base;
    using generator_base::returned_;
    using generator_base::make_stop_;
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
        if (KRAIT_UNLIKELY(!advance())) this->raise_stop();
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
        if (KRAIT_UNLIKELY(!advance())) this->raise_stop();
        return std::move(this->value_);
    }

    /// g.throw(e): e raised at the paused yield; the value the body yields next, or StopIteration
    /// if it finishes. Before the start and after the end, e is raised here (the generator is
    /// then finished), as in CPython.
    template <class E>
    T throw_exc(E* e) {
        if (!throw_in(std::make_exception_ptr(e), e)) this->raise_stop();
        return this->value_;
    }
    /// send() without the StopIteration, on a started generator: false once finished.
    bool send_in(S v) {
        this->sent_ = std::move(v);
        return advance();
    }
    /// The value the body yielded after g.throw() (for yield from's forwarding).
    const T& current() const { return this->value_; }
    /// throw() without the StopIteration: false once finished.
    bool throw_in(std::exception_ptr exc, BaseException* obj) {
        if (this->state_ != generator_base::state::suspended) {
            if (this->state_ == generator_base::state::running) generator_base::raise_already_executing();
            this->state_ = generator_base::state::done;
            std::rethrow_exception(exc);
        }
        this->set_thrown(std::move(exc), obj);
        this->resume();
        return this->state_ == generator_base::state::suspended;
    }

    /// Advances to the next value (in value_); false when finished.
    bool advance() {
        if (this->state_ == generator_base::state::done) {
            this->forget_return();
            return false;
        }
        if (KRAIT_UNLIKELY(this->state_ == generator_base::state::running))
            generator_base::raise_already_executing();
        this->resume();
        return this->state_ == generator_base::state::suspended;
    }

    /// Whether a sent value is None.
    static bool is_none_value(const S& v) {
        if constexpr (std::is_same_v<S, NoneType>) return true;
        else if constexpr (std::is_pointer_v<S>) return v == nullptr;
        else if constexpr (is_optional_v<S>) return v.is_none();
        else return false;
    }

  protected:
    using yielder<T, S>::yielder;
};

template <class T, class S>
template <class U, class S2>
void yielder<T, S>::yield_from(generator<U, S2>* sub) {
    if (!sub->advance()) return;
    for (;;) {
        value_ = T(sub->current());
        this->suspend();
        S sent = std::move(sent_);
        sent_ = S{};
        if (KRAIT_UNLIKELY(this->thrown_pending())) {
            BaseException* obj = nullptr;
            std::exception_ptr exc = this->take_thrown(obj);
            if (dynamic_cast<GeneratorExit*>(obj) != nullptr) {
                sub->close();
                std::rethrow_exception(exc);
            }
            if (!sub->throw_in(std::move(exc), obj)) return;
        } else if constexpr (std::is_same_v<S, NoneType>) {
            if (!sub->advance()) return;
        } else if (generator<T, S>::is_none_value(sent)) {
            if (!sub->advance()) return;
        } else if (!sub->send_in(S2(std::move(sent)))) {  // g.send(v) goes on to sub, as in CPython
            return;
        }
    }
}

/// `x in g`: advances g until an item equal to x (Python leaves the rest for later).
template <class T, class S, class X>
bool iter_contains(generator<T, S>* g, const X& x) {
    T v;
    while (g->next(v)) {
        if (py_eq(v, x)) return true;
    }
    return false;
}

/// Closes a generator when the `for` loop that made it is left early (CPython drops, and so
/// closes, the generator then). An exception from close() is printed as CPython prints one
/// raised while a generator is collected ("Exception ignored in: ..."), not raised.
class generator_closer {
  public:
    explicit generator_closer(generator_base* g) : g_(g) {}
    generator_closer(const generator_closer&) = delete;
    generator_closer& operator=(const generator_closer&) = delete;
    ~generator_closer() {
        if (g_->status() == generator_base::state::suspended) close_ignoring_errors(g_);
    }

  private:
    static void close_ignoring_errors(generator_base* g) noexcept;
    generator_base* g_;
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
