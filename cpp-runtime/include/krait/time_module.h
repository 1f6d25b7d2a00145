// time_module.h -- Python's time module (the commonly used part): the clocks CPython reads
// (CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID), sleep, and strftime of the current
// local time.
#pragma once

#include <ctime>
#include <optional>

#include "krait/core.h"
#include "krait/object.h"
#include "krait/str.h"

namespace krait::pytime {

double time();
i64 time_ns();
double perf_counter();
i64 perf_counter_ns();
double monotonic();
i64 monotonic_ns();
double process_time();
i64 process_time_ns();
void sleep(double secs);
str* strftime(str* format);

/// time.struct_time as localtime() and gmtime() make it: the C library's broken-down time, with
/// Python's numbering (tm_mon 1..12, tm_wday 0 = Monday, tm_yday 1..366).
class struct_time final : public Object {
public:
    static const char* py_type_name() { return "time.struct_time"; }
    const char* class_name() const override { return "struct_time"; }
    const char* module_name() const override { return "time"; }
    explicit struct_time(const struct tm& t) : tm_(t) {}

    i64 tm_year() const { return i64(tm_.tm_year) + 1900; }
    i64 tm_mon() const { return tm_.tm_mon + 1; }
    i64 tm_mday() const { return tm_.tm_mday; }
    i64 tm_hour() const { return tm_.tm_hour; }
    i64 tm_min() const { return tm_.tm_min; }
    i64 tm_sec() const { return tm_.tm_sec; }
    i64 tm_wday() const { return (tm_.tm_wday + 6) % 7; }
    i64 tm_yday() const { return tm_.tm_yday + 1; }
    i64 tm_isdst() const { return tm_.tm_isdst; }
    str* tm_zone() const;
    i64 tm_gmtoff() const { return i64(tm_.tm_gmtoff); }
    const struct tm& raw() const { return tm_; }

    str* repr_() const override;
    bool eq_(const Object* other) const override;

private:
    struct tm tm_;
};

struct_time* localtime(std::optional<double> secs);
struct_time* gmtime(std::optional<double> secs);
/// localtime() and gmtime() without an argument: the current time.
inline struct_time* localtime_now() { return localtime(std::optional<double>()); }
inline struct_time* gmtime_now() { return gmtime(std::optional<double>()); }
double mktime(const struct_time* t);
str* strftime(str* format, const struct_time* t);

}  // namespace krait::pytime
