// time_module.cpp -- the time module (see time_module.h).
#include "krait/time_module.h"

#include "krait/exceptions.h"

#include <cerrno>
#include <cmath>
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

namespace {
str* format_tm(str* format, const struct tm& t) {
    std::string fmt(format->view());
    if (fmt.empty()) return str::empty();
    // a result can be legitimately empty ("%p" in some locales): give up growing at 256x the format
    for (std::size_t size = 1024;; size *= 2) {
        std::string buf(size, '\0');
        std::size_t n = std::strftime(buf.data(), size, fmt.c_str(), &t);
        if (n > 0 || size >= 256 * fmt.size()) return str::from_utf8(buf.data(), n);
    }
}

/// Seconds as CPython turns a float timestamp into a time_t: rounded toward minus infinity.
std::time_t to_time_t(std::optional<double> secs) {
    if (!secs) return std::time(nullptr);
    if (std::isnan(*secs)) raise_value_error("Invalid value NaN (not a number)");
    double f = std::floor(*secs);
    if (f < -9.2e18 || f > 9.2e18) raise_overflow_error("timestamp out of range for platform time_t");
    return std::time_t(f);
}
}  // namespace

str* strftime(str* format) {
    std::time_t now = std::time(nullptr);
    struct tm local;
    ::localtime_r(&now, &local);
    return format_tm(format, local);
}

str* struct_time::tm_zone() const { return str::from_cstr(tm_.tm_zone ? tm_.tm_zone : ""); }

str* struct_time::repr_() const {
    std::string s = "time.struct_time(tm_year=" + std::to_string(tm_year()) + ", tm_mon=" + std::to_string(tm_mon())
                    + ", tm_mday=" + std::to_string(tm_mday()) + ", tm_hour=" + std::to_string(tm_hour())
                    + ", tm_min=" + std::to_string(tm_min()) + ", tm_sec=" + std::to_string(tm_sec())
                    + ", tm_wday=" + std::to_string(tm_wday()) + ", tm_yday=" + std::to_string(tm_yday())
                    + ", tm_isdst=" + std::to_string(tm_isdst()) + ")";
    return str::from_utf8(s);
}

bool struct_time::eq_(const Object* other) const {
    auto o = static_cast<const struct_time*>(other);
    return tm_year() == o->tm_year() && tm_mon() == o->tm_mon() && tm_mday() == o->tm_mday()
           && tm_hour() == o->tm_hour() && tm_min() == o->tm_min() && tm_sec() == o->tm_sec()
           && tm_wday() == o->tm_wday() && tm_yday() == o->tm_yday() && tm_isdst() == o->tm_isdst();
}

struct_time* localtime(std::optional<double> secs) {
    std::time_t t = to_time_t(secs);
    struct tm out;
    if (!::localtime_r(&t, &out)) raise_overflow_error("timestamp out of range for platform time_t");
    return gc_new<struct_time>(out);
}

struct_time* gmtime(std::optional<double> secs) {
    std::time_t t = to_time_t(secs);
    struct tm out;
    if (!::gmtime_r(&t, &out)) raise_overflow_error("timestamp out of range for platform time_t");
    return gc_new<struct_time>(out);
}

double mktime(const struct_time* t) {
    struct tm copy = t->raw();
    copy.tm_wday = -1;  // mktime sets it: its staying -1 tells an error from the timestamp -1
    std::time_t r = ::mktime(&copy);
    if (r == std::time_t(-1) && copy.tm_wday == -1) raise_overflow_error("mktime argument out of range");
    return double(r);
}

str* strftime(str* format, const struct_time* t) { return format_tm(format, t->raw()); }

}  // namespace krait::pytime
