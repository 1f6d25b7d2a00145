// print.h -- Python's print() on a large stdout buffer.
//
// Output is appended to one in-memory buffer, written with fwrite when it
// grows past 64 KiB (or at each newline when stdout is a terminal), before
// anything goes to stderr, before input(), and at exit.
#pragma once

#include <string>

#include "krait/ops.h"

namespace krait {

/// print(*xs): xs's items as separate arguments.
template <class C>
struct spread_t {
    C items;
};
template <class C>
spread_t<C> spread(const C& items) { return spread_t<C>{items}; }

namespace detail {
template <class T>
struct is_spread : std::false_type {};
template <class C>
struct is_spread<spread_t<C>> : std::true_type {};

extern std::string g_stdout;
extern bool g_stdout_line_buffered;
void stdout_write_out();  // fwrite the buffer and clear it
inline void stdout_after_print() {
    if (KRAIT_UNLIKELY(g_stdout.size() >= (1u << 16) || g_stdout_line_buffered)) stdout_write_out();
}
template <class... A>
void print_into(std::string& out, str* sep, str* end, const A&... args) {
    bool first = true;
    [[maybe_unused]] auto item = [&](const auto& x) {
        if (!first) {
            if (sep) out.append(sep->data(), std::size_t(sep->nbytes()));
            else out += ' ';
        }
        first = false;
        append_str(out, x);
    };
    [[maybe_unused]] auto one = [&](const auto& x) {
        using X = std::decay_t<decltype(x)>;
        if constexpr (is_spread<X>::value) {
            if constexpr (std::is_pointer_v<decltype(x.items)>) {
                for (auto&& e : *x.items) item(e);
            } else {
                for (auto&& e : x.items) item(e);
            }
        } else {
            item(x);
        }
    };
    (one(args), ...);
    if (end) out.append(end->data(), std::size_t(end->nbytes()));
    else out += '\n';
}
}  // namespace detail

/// print(*args, sep=sep, end=end); nullptr sep/end mean ' ' and '\n'.
template <class... A>
void print(str* sep, str* end, const A&... args) {
    detail::print_into(detail::g_stdout, sep, end, args...);
    detail::stdout_after_print();
}
/// print(*args) with the default sep and end.
template <class... A>
void print_line(const A&... args) {
    print(nullptr, nullptr, args...);
}
/// Writes everything buffered for stdout (print(..., flush=True), sys.stdout.flush()).
void flush_stdout();
/// Raw bytes to stdout (sys.stdout.write): returns the number of code points.
i64 stdout_write(str* s);

/// print(*args, sep=sep, end=end, file=sys.stderr): flushes stdout first.
void stderr_write(const std::string& bytes);
template <class... A>
void print_to_stderr(str* sep, str* end, const A&... args) {
    std::string out;
    detail::print_into(out, sep, end, args...);
    stderr_write(out);
}

/// input(prompt): flushes stdout, reads one line without its newline;
/// EOFError "EOF when reading a line" at end of input.
str* input(str* prompt = nullptr);

}  // namespace krait
