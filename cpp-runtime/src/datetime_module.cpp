// datetime_module.cpp -- timedelta, date and datetime (see datetime_module.h). The calendar
// arithmetic follows the proleptic Gregorian rules CPython's datetime uses: ordinal 1 is
// 0001-01-01, years 1..9999, leap years every 4 except centuries not divisible by 400.
#include "krait/datetime_module.h"

#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>
#include <sys/time.h>

namespace krait::datetime {

namespace {

constexpr i64 kMaxDays = 999999999;
constexpr i64 kMaxOrdinal = 3652059;  // 9999-12-31

bool is_leap(i64 y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

i64 days_in_month(i64 y, i64 m) {
    static const int kDays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m];
}

i64 days_before_year(i64 y) {
    i64 p = y - 1;
    return p * 365 + p / 4 - p / 100 + p / 400;
}

i64 days_before_month(i64 y, i64 m) {
    i64 n = 0;
    for (i64 k = 1; k < m; ++k) n += days_in_month(y, k);
    return n;
}

i64 ymd_to_ord(i64 y, i64 m, i64 d) { return days_before_year(y) + days_before_month(y, m) + d; }

/// The inverse of ymd_to_ord: whole 400-, 100-, 4- and 1-year cycles, then months.
void ord_to_ymd(i64 n, i64& y, i64& m, i64& d) {
    n -= 1;
    i64 n400 = n / 146097;
    n %= 146097;
    i64 n100 = n / 36524;
    n %= 36524;
    i64 n4 = n / 1461;
    n %= 1461;
    i64 n1 = n / 365;
    n %= 365;
    y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
    if (n1 == 4 || n100 == 4) {  // the last day of a leap cycle
        y -= 1;
        m = 12;
        d = 31;
        return;
    }
    m = 1;
    while (n >= days_in_month(y, m)) {
        n -= days_in_month(y, m);
        ++m;
    }
    d = n + 1;
}

void check_date(i64 y, i64 m, i64 d) {
    if (y < 1 || y > 9999) {
        std::string msg = "year " + std::to_string(y) + " is out of range";
        raise_value_error(str::from_utf8(msg));
    }
    if (m < 1 || m > 12) raise_value_error("month must be in 1..12");
    if (d < 1 || d > days_in_month(y, m)) raise_value_error("day is out of range for month");
}

void check_time(i64 hh, i64 mi, i64 ss, i64 us) {
    if (hh < 0 || hh > 23) raise_value_error("hour must be in 0..23");
    if (mi < 0 || mi > 59) raise_value_error("minute must be in 0..59");
    if (ss < 0 || ss > 59) raise_value_error("second must be in 0..59");
    if (us < 0 || us > 999999) raise_value_error("microsecond must be in 0..999999");
}

bool cmp(int op, int c) {
    switch (op) {
        case 0: return c < 0;
        case 1: return c <= 0;
        case 2: return c > 0;
        default: return c >= 0;
    }
}

template <class T>
int three_way(T a, T b) { return a < b ? -1 : (a > b ? 1 : 0); }

__int128 floor_div128(__int128 a, __int128 b) {
    __int128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

std::string fmt(const char* f, i64 a, i64 b = 0, i64 c = 0, i64 d = 0) {
    char buf[96];
    std::snprintf(buf, sizeof buf, f, (long long)a, (long long)b, (long long)c, (long long)d);
    return buf;
}

/// strftime over a broken-down time, as CPython's: %f is the microseconds, %z and %Z are empty
/// for a naive value, the rest is the C library's (CPython's LC_TIME stays "C").
str* format_time(str* format, i64 y, i64 m, i64 d, i64 hh, i64 mi, i64 ss, i64 us) {
    std::string f(format->view()), expanded;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i] == '%' && i + 1 < f.size()) {
            char c = f[i + 1];
            if (c == 'f') { expanded += fmt("%06lld", us); ++i; continue; }
            if (c == 'z' || c == 'Z') { ++i; continue; }
            expanded += f[i];
            expanded += c;
            ++i;
            continue;
        }
        expanded += f[i];
    }
    if (expanded.empty()) return str::empty();
    struct tm t {};
    t.tm_year = int(y - 1900);
    t.tm_mon = int(m - 1);
    t.tm_mday = int(d);
    t.tm_hour = int(hh);
    t.tm_min = int(mi);
    t.tm_sec = int(ss);
    i64 ord = ymd_to_ord(y, m, d);
    t.tm_wday = int((ord % 7 + 7) % 7);  // ordinal 1 was a Monday; tm_wday counts from Sunday
    t.tm_yday = int(ord - ymd_to_ord(y, 1, 1));
    t.tm_isdst = -1;
    for (std::size_t size = 1024;; size *= 2) {
        std::string buf(size, '\0');
        std::size_t n = std::strftime(buf.data(), size, expanded.c_str(), &t);
        if (n > 0 || size >= 256 * expanded.size()) return str::from_utf8(buf.data(), n);
    }
}

[[noreturn]] void bad_isoformat(str* s) {
    raise_value_error(str_concat(str::from_cstr("Invalid isoformat string: "), str_repr(s)));
}

/// Reads exactly n digits at s[pos]; false when they are not there.
bool digits(std::string_view s, std::size_t pos, std::size_t n, i64& out) {
    if (pos + n > s.size()) return false;
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

bool parse_date(std::string_view s, i64& y, i64& m, i64& d) {
    return s.size() >= 10 && digits(s, 0, 4, y) && s[4] == '-' && digits(s, 5, 2, m) && s[7] == '-'
           && digits(s, 8, 2, d);
}

}  // namespace

// ---- timedelta ----

timedelta* timedelta::from_us(__int128 us) {
    __int128 days = floor_div128(us, __int128(86400) * 1000000);
    __int128 rest = us - days * 86400 * 1000000;
    if (days > kMaxDays || days < -kMaxDays) {
        std::string msg = "days=" + std::to_string(i64(days > kMaxDays * 10 ? kMaxDays * 10 : days < -kMaxDays * 10 ? -kMaxDays * 10 : days))
                          + "; must have magnitude <= 999999999";
        raise_overflow_error(msg.c_str());
    }
    return gc_new<timedelta>(i64(days), i64(rest / 1000000), i64(rest % 1000000));
}

timedelta* timedelta::make(i64 days, i64 seconds, i64 microseconds, i64 milliseconds, i64 minutes,
                           i64 hours, i64 weeks) {
    __int128 us = ((__int128(weeks) * 7 + days) * 86400 + __int128(hours) * 3600 + __int128(minutes) * 60 + seconds)
                      * 1000000
                  + __int128(milliseconds) * 1000 + microseconds;
    return from_us(us);
}

timedelta* timedelta::make_float(double days, double seconds, double microseconds, double milliseconds,
                           double minutes, double hours, double weeks) {
    long double us = ((static_cast<long double>(weeks) * 7 + days) * 86400 + static_cast<long double>(hours) * 3600
                      + static_cast<long double>(minutes) * 60 + seconds)
                         * 1000000
                     + static_cast<long double>(milliseconds) * 1000 + microseconds;
    if (!std::isfinite(us) || std::fabs(us) > 1e23L) raise_overflow_error("cannot convert float infinity to integer");
    long double r = std::nearbyint(us);  // the default rounding mode is half to even
    return from_us(static_cast<__int128>(r));
}

double timedelta::total_seconds() const { return double(total_us()) / 1e6; }

timedelta* timedelta::floordiv(i64 n) const {
    if (n == 0) raise_zero_division("integer division or modulo by zero");
    return from_us(floor_div128(total_us(), n));
}

i64 timedelta::floordiv_td(const timedelta* o) const {
    if (o->total_us() == 0) raise_zero_division("integer division or modulo by zero");
    return i64(floor_div128(total_us(), o->total_us()));
}

str* timedelta::repr_() const {
    std::string s = "datetime.timedelta(";
    const char* sep = "";
    if (days_) { s += fmt("days=%lld", days_); sep = ", "; }
    if (seconds_) { s += sep + fmt("seconds=%lld", seconds_); sep = ", "; }
    if (us_) { s += sep + fmt("microseconds=%lld", us_); sep = ", "; }
    if (*sep == '\0') s += "0";
    return str::from_utf8(s + ")");
}

str* timedelta::str_() const {
    std::string s;
    if (days_) s = fmt("%lld day", days_) + (days_ == 1 || days_ == -1 ? ", " : "s, ");
    s += fmt("%lld:%02lld:%02lld", seconds_ / 3600, seconds_ / 60 % 60, seconds_ % 60);
    if (us_) s += fmt(".%06lld", us_);
    return str::from_utf8(s);
}

bool timedelta::eq_(const Object* other) const {
    auto o = static_cast<const timedelta*>(other);
    return days_ == o->days_ && seconds_ == o->seconds_ && us_ == o->us_;
}

std::size_t timedelta::hash_() const { return std::size_t(days_ * 1000003 ^ seconds_ * 1009 ^ us_); }

bool timedelta::compare_(int op, const Object* other) const {
    return cmp(op, three_way(total_us(), static_cast<const timedelta*>(other)->total_us()));
}

// ---- date ----

date* date::make(i64 year, i64 month, i64 day) {
    check_date(year, month, day);
    return gc_new<date>(year, month, day);
}

date* date::today() {
    std::time_t now = std::time(nullptr);
    struct tm local;
    ::localtime_r(&now, &local);
    return gc_new<date>(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

date* date::fromordinal(i64 n) {
    if (n < 1) raise_value_error("ordinal must be >= 1");
    if (n > kMaxOrdinal) {
        std::string msg = "year " + std::to_string(n / 365 + 1) + " is out of range";
        raise_value_error(str::from_utf8(msg));
    }
    i64 y, m, d;
    ord_to_ymd(n, y, m, d);
    return gc_new<date>(y, m, d);
}

date* date::fromisoformat(str* s) {
    std::string_view v = s->view();
    i64 y, m, d;
    bool basic = v.size() == 8 && digits(v, 0, 4, y) && digits(v, 4, 2, m) && digits(v, 6, 2, d);
    if (!basic && (v.size() != 10 || !parse_date(v, y, m, d))) bad_isoformat(s);
    return make(y, m, d);
}

i64 date::toordinal() const { return ymd_to_ord(y_, m_, d_); }

str* date::isoformat() const { return str::from_utf8(fmt("%04lld-%02lld-%02lld", y_, m_, d_)); }

str* date::strftime(str* format) const { return format_time(format, y_, m_, d_, 0, 0, 0, 0); }

date* date::replace(std::optional<i64> year, std::optional<i64> month, std::optional<i64> day) const {
    return make(year.value_or(y_), month.value_or(m_), day.value_or(d_));
}

date* date::add(const timedelta* t) const {
    i64 n = toordinal() + t->days();
    if (n < 1 || n > kMaxOrdinal) raise_overflow_error("date value out of range");
    return fromordinal(n);
}

date* date::sub(const timedelta* t) const {
    i64 n = toordinal() - t->days();
    if (n < 1 || n > kMaxOrdinal) raise_overflow_error("date value out of range");
    return fromordinal(n);
}

timedelta* date::sub(const date* o) const { return gc_new<timedelta>(toordinal() - o->toordinal(), 0, 0); }

str* date::repr_() const { return str::from_utf8(fmt("datetime.date(%lld, %lld, %lld)", y_, m_, d_)); }

bool date::eq_(const Object* other) const {
    auto o = static_cast<const date*>(other);
    return y_ == o->y_ && m_ == o->m_ && d_ == o->d_;
}

bool date::compare_(int op, const Object* other) const {
    return cmp(op, three_way(toordinal(), static_cast<const date*>(other)->toordinal()));
}

// ---- datetime ----

datetime* datetime::make(i64 year, i64 month, i64 day, i64 hour, i64 minute, i64 second, i64 microsecond) {
    check_date(year, month, day);
    check_time(hour, minute, second, microsecond);
    return gc_new<datetime>(year, month, day, hour, minute, second, microsecond);
}

datetime* datetime::now() {
    struct timeval tv;
    ::gettimeofday(&tv, nullptr);
    std::time_t secs = tv.tv_sec;
    struct tm local;
    ::localtime_r(&secs, &local);
    return gc_new<datetime>(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday, local.tm_hour, local.tm_min,
                            local.tm_sec > 59 ? 59 : local.tm_sec, i64(tv.tv_usec));
}

datetime* datetime::fromisoformat(str* s) {
    std::string_view v = s->view();
    i64 y, m, d, hh = 0, mi = 0, ss = 0, us = 0;
    if (!parse_date(v, y, m, d)) bad_isoformat(s);
    if (v.size() > 10) {
        // the separator is any one character; then HH, HH:MM, HH:MM:SS or HH:MM:SS.ffffff
        std::size_t p = 11;
        if (!digits(v, p, 2, hh)) bad_isoformat(s);
        p += 2;
        if (p < v.size()) {
            if (v[p] != ':' || !digits(v, p + 1, 2, mi)) bad_isoformat(s);
            p += 3;
        }
        if (p < v.size()) {
            if (v[p] != ':' || !digits(v, p + 1, 2, ss)) bad_isoformat(s);
            p += 3;
        }
        if (p < v.size()) {
            // one or more digits: the first six are the microseconds, the rest are dropped
            std::size_t n = v.size() - p - 1;
            std::size_t used = n < 6 ? n : 6;
            i64 ignored;
            if ((v[p] != '.' && v[p] != ',') || n == 0 || !digits(v, p + 1, used, us)
                || !digits(v, p + 1 + used, n - used, ignored))
                bad_isoformat(s);
            for (std::size_t k = used; k < 6; ++k) us *= 10;
        }
    } else if (v.size() != 10) {
        bad_isoformat(s);
    }
    return make(y, m, d, hh, mi, ss, us);
}

str* datetime::isoformat(str* sep) const {
    std::string s = fmt("%04lld-%02lld-%02lld", y_, m_, d_);
    s += sep ? std::string(sep->view()) : std::string("T");
    s += fmt("%02lld:%02lld:%02lld", hh_, mi_, ss_);
    if (us_) s += fmt(".%06lld", us_);
    return str::from_utf8(s);
}

str* datetime::str_() const { return isoformat(str::from_cstr(" ")); }

str* datetime::strftime(str* format) const { return format_time(format, y_, m_, d_, hh_, mi_, ss_, us_); }

datetime* datetime::replace(std::optional<i64> year, std::optional<i64> month, std::optional<i64> day,
                            std::optional<i64> hour, std::optional<i64> minute, std::optional<i64> second,
                            std::optional<i64> microsecond) const {
    return make(year.value_or(y_), month.value_or(m_), day.value_or(d_), hour.value_or(hh_), minute.value_or(mi_),
                second.value_or(ss_), microsecond.value_or(us_));
}

datetime* datetime::add(const timedelta* t) const {
    __int128 us = total_us() + t->total_us();
    __int128 day_us = __int128(86400) * 1000000;
    __int128 ord = floor_div128(us, day_us);
    if (ord < 1 || ord > kMaxOrdinal) raise_overflow_error("date value out of range");
    i64 rest = i64(us - ord * day_us);
    i64 y, m, d;
    ord_to_ymd(i64(ord), y, m, d);
    i64 secs = rest / 1000000;
    return gc_new<datetime>(y, m, d, secs / 3600, secs / 60 % 60, secs % 60, rest % 1000000);
}

datetime* datetime::sub(const timedelta* t) const {
    return add(timedelta::from_us(-t->total_us()));
}

timedelta* datetime::sub(const datetime* o) const { return timedelta::from_us(total_us() - o->total_us()); }

str* datetime::repr_() const {
    std::string s = fmt("datetime.datetime(%lld, %lld, %lld, ", y_, m_, d_);
    if (us_) s += fmt("%lld, %lld, %lld, %lld)", hh_, mi_, ss_, us_);
    else if (ss_) s += fmt("%lld, %lld, %lld)", hh_, mi_, ss_);
    else s += fmt("%lld, %lld)", hh_, mi_);
    return str::from_utf8(s);
}

bool datetime::eq_(const Object* other) const { return total_us() == static_cast<const datetime*>(other)->total_us(); }

bool datetime::compare_(int op, const Object* other) const {
    return cmp(op, three_way(total_us(), static_cast<const datetime*>(other)->total_us()));
}

}  // namespace krait::datetime
