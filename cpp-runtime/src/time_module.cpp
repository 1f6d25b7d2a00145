// time_module.cpp -- the time module (see time_module.h).
#include "krait/time_module.h"

#include "krait/exceptions.h"

#include <cerrno>
#include <ctime>
#include <string>

namespace krait::pytime {

namespace {
i64 ns_of(clockid_t clock) {
    struct timespec ts;
    ::clock_gettime(clock, &ts);
    return i64(ts.tv_sec) * 1000000000 + i64(ts.tv_nsec);
}
// seconds as CPython converts its nanosecond count: a float division by 1e9
double seconds_of(clockid_t clock) { return double(ns_of(clock)) * 1e-9; }
}  // namespace

double time() { return seconds_of(CLOCK_REALTIME); }
i64 time_ns() { return ns_of(CLOCK_REALTIME); }
double perf_counter() { return seconds_of(CLOCK_MONOTONIC); }
i64 perf_counter_ns() { return ns_of(CLOCK_MONOTONIC); }
double monotonic() { return seconds_of(CLOCK_MONOTONIC); }
i64 monotonic_ns() { return ns_of(CLOCK_MONOTONIC); }
double process_time() { return seconds_of(CLOCK_PROCESS_CPUTIME_ID); }
i64 process_time_ns() { return ns_of(CLOCK_PROCESS_CPUTIME_ID); }

void sleep(double secs) {
    if (std::isnan(secs)) raise_value_error("Invalid value NaN (not a number)");
    if (secs < 0) raise_value_error("sleep length must be non-negative");
    struct timespec ts;
    ts.tv_sec = time_t(secs);
    ts.tv_nsec = long((secs - double(ts.tv_sec)) * 1e9);
    while (::nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

str* strftime(str* format) {
    std::time_t now = std::time(nullptr);
    struct tm local;
    ::localtime_r(&now, &local);
    std::string fmt(format->view());
    if (fmt.empty()) return str::empty();
    // a result can be legitimately empty ("%p" in some locales): give up growing at 256x the format
    for (std::size_t size = 1024;; size *= 2) {
        std::string buf(size, '\0');
        std::size_t n = std::strftime(buf.data(), size, fmt.c_str(), &local);
        if (n > 0 || size >= 256 * fmt.size()) return str::from_utf8(buf.data(), n);
    }
}

}  // namespace krait::pytime
