// datetime_module.h -- Python's datetime module (the commonly used part): timedelta, date and
// naive datetime, on proleptic Gregorian ordinals as CPython counts them (1 is 0001-01-01).
#pragma once

#include <optional>

#include "krait/core.h"
#include "krait/object.h"
#include "krait/str.h"

namespace krait::datetime {

/// A duration normalised as CPython's: 0 <= seconds < 86400, 0 <= microseconds < 10**6, and
/// |days| <= 999999999.
class timedelta final : public Object {
public:
    static const char* py_type_name() { return "datetime.timedelta"; }
    const char* class_name() const override { return "timedelta"; }
    const char* module_name() const override { return "datetime"; }

    /// timedelta(days=, seconds=, ...) with ints: exact.
    static timedelta* make(i64 days, i64 seconds, i64 microseconds, i64 milliseconds, i64 minutes,
                           i64 hours, i64 weeks);
    /// The same with floats: the total is rounded to whole microseconds, half to even.
    static timedelta* make_float(double days, double seconds, double microseconds, double milliseconds,
                           double minutes, double hours, double weeks);
    /// From a total count of microseconds; OverflowError beyond the days' range.
    static timedelta* from_us(__int128 us);

    i64 days() const { return days_; }
    i64 seconds() const { return seconds_; }
    i64 microseconds() const { return us_; }
    __int128 total_us() const { return (__int128(days_) * 86400 + seconds_) * 1000000 + us_; }
    double total_seconds() const;

    timedelta* add(const timedelta* o) const { return from_us(total_us() + o->total_us()); }
    timedelta* sub(const timedelta* o) const { return from_us(total_us() - o->total_us()); }
    timedelta* neg() const { return from_us(-total_us()); }
    timedelta* pos() const { return const_cast<timedelta*>(this); }  // immutable: +td is td
    timedelta* mul(i64 n) const { return from_us(total_us() * n); }
    timedelta* floordiv(i64 n) const;
    i64 floordiv_td(const timedelta* o) const;
    /// td * x and td / x for a float x: exact, through x's integer ratio, rounded half to even.
    timedelta* mul_float(double x) const;
    timedelta* truediv(i64 n) const;
    timedelta* truediv_float(double x) const;
    double truediv_td(const timedelta* o) const;
    timedelta* mod(const timedelta* o) const;

    str* repr_() const override;
    str* str_() const override;
    bool eq_(const Object* other) const override;
    std::size_t hash_() const override;
    bool compare_(int op, const Object* other) const override;
    bool truthy_() const override { return days_ != 0 || seconds_ != 0 || us_ != 0; }

    timedelta(i64 d, i64 s, i64 us) : days_(d), seconds_(s), us_(us) {}

private:
    i64 days_, seconds_, us_;
};

/// A calendar date in years 1..9999.
class date final : public Object {
public:
    static const char* py_type_name() { return "datetime.date"; }
    const char* class_name() const override { return "date"; }
    const char* module_name() const override { return "datetime"; }

    static date* make(i64 year, i64 month, i64 day);
    static date* today();
    static date* fromordinal(i64 n);
    static date* fromisoformat(str* s);
    static date* fromtimestamp(double t);

    i64 year() const { return y_; }
    i64 month() const { return m_; }
    i64 day() const { return d_; }
    i64 toordinal() const;
    i64 weekday() const { return (toordinal() + 6) % 7; }
    i64 isoweekday() const { return weekday() + 1; }
    str* isoformat() const;
    str* strftime(str* format) const;
    str* ctime() const;
    date* replace(std::optional<i64> year, std::optional<i64> month, std::optional<i64> day) const;

    date* add(const timedelta* t) const;
    date* sub(const timedelta* t) const;
    timedelta* sub(const date* o) const;

    str* repr_() const override;
    str* str_() const override { return isoformat(); }
    /// f"{d:%d %b}": a non-empty spec is a strftime format, as date.__format__ takes it.
    str* format_(str* spec) const override { return spec->nbytes() == 0 ? nullptr : strftime(spec); }
    bool eq_(const Object* other) const override;
    std::size_t hash_() const override { return std::size_t(toordinal()); }
    bool compare_(int op, const Object* other) const override;

    date(i64 y, i64 m, i64 d) : y_(y), m_(m), d_(d) {}

private:
    i64 y_, m_, d_;
};

/// A naive date and time of day, to the microsecond.
class datetime final : public Object {
public:
    static const char* py_type_name() { return "datetime.datetime"; }
    const char* class_name() const override { return "datetime"; }
    const char* module_name() const override { return "datetime"; }

    static datetime* make(i64 year, i64 month, i64 day, i64 hour, i64 minute, i64 second, i64 microsecond);
    static datetime* now();
    static datetime* fromisoformat(str* s);
    /// datetime.strptime(s, format): CPython's _strptime in the C locale (its regular expression per
    /// directive, matched by the re module); %U %W %G %V %z %Z raise NotImplementedError.
    static datetime* strptime(str* s, str* format);
    /// fromtimestamp(t) in local time, microseconds rounded half to even; timestamp() is its inverse.
    static datetime* fromtimestamp(double t);
    double timestamp() const;
    str* ctime() const;

    i64 year() const { return y_; }
    i64 month() const { return m_; }
    i64 day() const { return d_; }
    i64 hour() const { return hh_; }
    i64 minute() const { return mi_; }
    i64 second() const { return ss_; }
    i64 microsecond() const { return us_; }
    date* to_date() const { return gc_new<date>(y_, m_, d_); }
    i64 toordinal() const { return to_date()->toordinal(); }
    i64 weekday() const { return to_date()->weekday(); }
    i64 isoweekday() const { return to_date()->isoweekday(); }
    str* isoformat(str* sep) const;
    str* strftime(str* format) const;
    datetime* replace(std::optional<i64> year, std::optional<i64> month, std::optional<i64> day,
                      std::optional<i64> hour, std::optional<i64> minute, std::optional<i64> second,
                      std::optional<i64> microsecond) const;

    datetime* add(const timedelta* t) const;
    datetime* sub(const timedelta* t) const;
    timedelta* sub(const datetime* o) const;

    str* repr_() const override;
    str* str_() const override;
    /// f"{dt:%H:%M}": a non-empty spec is a strftime format, as datetime.__format__ takes it.
    str* format_(str* spec) const override { return spec->nbytes() == 0 ? nullptr : strftime(spec); }
    bool eq_(const Object* other) const override;
    std::size_t hash_() const override { return std::size_t(total_us()); }
    bool compare_(int op, const Object* other) const override;

    datetime(i64 y, i64 m, i64 d, i64 hh, i64 mi, i64 ss, i64 us)
        : y_(y), m_(m), d_(d), hh_(hh), mi_(mi), ss_(ss), us_(us) {}
    /// Microseconds since 0001-01-01 00:00 minus one day (ordinal 0).
    __int128 total_us() const {
        return (__int128(toordinal()) * 86400 + hh_ * 3600 + mi_ * 60 + ss_) * 1000000 + us_;
    }

private:
    i64 y_, m_, d_, hh_, mi_, ss_, us_;
};

}  // namespace krait::datetime
