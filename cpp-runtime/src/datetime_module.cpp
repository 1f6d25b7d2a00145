// datetime_module.cpp -- timedelta, date and datetime (see datetime_module.h). The calendar
// arithmetic follows the proleptic Gregorian rules CPython's datetime uses: ordinal 1 is
// 0001-01-01, years 1..9999, leap years every 4 except centuries not divisible by 400.
#include "krait/datetime_module.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <cstdio>
#include <ctime>
#include <string>
#include <sys/time.h>
#include <vector>

#include "krait/re_module.h"

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


// ---- timedelta arithmetic with floats and true division, as CPython's Lib/datetime.py ----

namespace {

/// a / b rounded half to even (b != 0), as datetime.py's _divide_and_round.
__int128 divide_and_round(__int128 a, __int128 b) {
    __int128 q = floor_div128(a, b);
    __int128 r = (a - q * b) * 2;
    bool greater_than_half = b > 0 ? r > b : r < b;
    if (greater_than_half || (r == b && (q & 1) != 0)) ++q;
    return q;
}

/// x.as_integer_ratio() in lowest terms; OverflowError for infinities (ValueError for NaN) as
/// CPython, and where the terms do not fit the 128-bit arithmetic below.
void integer_ratio(double x, __int128& num, __int128& den) {
    if (std::isinf(x)) raise_overflow_error("cannot convert Infinity to integer ratio");
    if (std::isnan(x)) raise_value_error("cannot convert NaN to integer ratio");
    int e = 0;
    double m = std::frexp(x, &e);  // x = m * 2**e, 0.5 <= |m| < 1
    i64 mant = i64(std::ldexp(m, 53));
    e -= 53;
    while (mant != 0 && (mant & 1) == 0 && e < 0) {
        mant >>= 1;
        ++e;
    }
    if (e >= 0) {
        if (e > 60) raise_overflow_error("Python int too large to convert to C int");
        num = __int128(mant) << e;
        den = 1;
    } else {
        if (-e > 60) raise_overflow_error("Python int too large to convert to C int");
        num = mant;
        den = __int128(1) << -e;
    }
}

}  // namespace

timedelta* timedelta::mul_float(double x) const {
    __int128 a, b;
    integer_ratio(x, a, b);
    return from_us(divide_and_round(total_us() * a, b));
}

timedelta* timedelta::truediv(i64 n) const {
    if (n == 0) raise_zero_division("integer division or modulo by zero");
    return from_us(divide_and_round(total_us(), n));
}

timedelta* timedelta::truediv_float(double x) const {
    __int128 a, b;
    integer_ratio(x, a, b);
    if (a == 0) raise_zero_division("integer division or modulo by zero");
    return from_us(divide_and_round(b * total_us(), a));
}

double timedelta::truediv_td(const timedelta* o) const {
    __int128 a = total_us(), b = o->total_us();
    if (b == 0) raise_zero_division("division by zero");
    const __int128 exact = __int128(1) << 53;
    if (a > -exact && a < exact && b > -exact && b < exact) return double(a) / double(b);  // one rounding
    return double(static_cast<long double>(a) / static_cast<long double>(b));
}

timedelta* timedelta::mod(const timedelta* o) const {
    __int128 b = o->total_us();
    if (b == 0) raise_zero_division("integer modulo by zero");
    __int128 a = total_us();
    return from_us(a - floor_div128(a, b) * b);
}

// ---- ctime ----

namespace {
const char* const kDayAbbr[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char* const kMonthAbbr[13] = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

str* ctime_of(i64 weekday, i64 y, i64 m, i64 d, i64 hh, i64 mi, i64 ss) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s %2lld %02lld:%02lld:%02lld %04lld", kDayAbbr[weekday], kMonthAbbr[m],
                  static_cast<long long>(d), static_cast<long long>(hh), static_cast<long long>(mi),
                  static_cast<long long>(ss), static_cast<long long>(y));
    return str::from_cstr(buf);
}
}  // namespace

str* date::ctime() const { return ctime_of(weekday(), y_, m_, d_, 0, 0, 0); }
str* datetime::ctime() const { return ctime_of(weekday(), y_, m_, d_, hh_, mi_, ss_); }

// ---- strptime: Lib/_strptime.py's method in the C locale ----

namespace {

const char* const kFullDays[7] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
const char* const kAbbrDays[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const char* const kFullMonths[12] = {"january", "february", "march", "april", "may", "june",
                                     "july", "august", "september", "october", "november", "december"};
const char* const kAbbrMonths[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

/// _strptime's __seqToRE: the names, longest first (stable), as alternatives of a named group.
std::string names_re(const char* const* names, int n, char directive) {
    std::vector<std::string> v(names, names + n);
    std::stable_sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::string r = std::string("(?P<") + directive + ">";
    for (std::size_t i = 0; i < v.size(); ++i) r += (i ? "|" : "") + v[i];
    return r + ")";
}

std::string format_re(const std::string& format, const std::string& original, std::vector<char>& order);

/// TimeRE[c]: the regular expression of one directive (KeyError there is a bad directive).
std::string directive_re(char c, const std::string& original, std::vector<char>& order) {
    switch (c) {
        case 'd': order.push_back(c); return R"((?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]))";
        case 'f': order.push_back(c); return R"((?P<f>[0-9]{1,6}))";
        case 'H': order.push_back(c); return R"((?P<H>2[0-3]|[0-1]\d|\d))";
        case 'I': order.push_back(c); return R"((?P<I>1[0-2]|0[1-9]|[1-9]))";
        case 'j': order.push_back(c); return R"((?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]))";
        case 'm': order.push_back(c); return R"((?P<m>1[0-2]|0[1-9]|[1-9]))";
        case 'M': order.push_back(c); return R"((?P<M>[0-5]\d|\d))";
        case 'S': order.push_back(c); return R"((?P<S>6[0-1]|[0-5]\d|\d))";
        case 'w': order.push_back(c); return R"((?P<w>[0-6]))";
        case 'u': order.push_back(c); return R"((?P<u>[1-7]))";
        case 'y': order.push_back(c); return R"((?P<y>\d\d))";
        case 'Y': order.push_back(c); return R"((?P<Y>\d\d\d\d))";
        case 'A': order.push_back(c); return names_re(kFullDays, 7, 'A');
        case 'a': order.push_back(c); return names_re(kAbbrDays, 7, 'a');
        case 'B': order.push_back(c); return names_re(kFullMonths, 12, 'B');
        case 'b': order.push_back(c); return names_re(kAbbrMonths, 12, 'b');
        case 'p': order.push_back(c); return names_re(std::vector<const char*>{"am", "pm"}.data(), 2, 'p');
        case '%': return "%";
        case 'c': return format_re("%a %b %d %H:%M:%S %Y", original, order);
        case 'x': return format_re("%m/%d/%y", original, order);
        case 'X': return format_re("%H:%M:%S", original, order);
        case 'U': case 'W': case 'G': case 'V': case 'z': case 'Z': {
            std::string msg = std::string("Krait's datetime.strptime does not support %") + c;
            throw gc_new<NotImplementedError>(str::from_utf8(msg));
        }
        default: {
            std::string bad = c == '\\' ? std::string("%") : std::string(1, c);
            raise_value_error(str::from_utf8("'" + bad + "' is a bad directive in format '" + original + "'"));
        }
    }
}

/// TimeRE.pattern: regex characters escaped, whitespace runs as \s+, directives replaced.
std::string format_re(const std::string& format, const std::string& original, std::vector<char>& order) {
    std::string escaped;
    for (char c : format) {
        if (std::strchr("\\.^$*+?(){}[]|", c) != nullptr && c != 0) escaped += '\\';
        escaped += c;
    }
    std::string spaced;
    for (std::size_t i = 0; i < escaped.size();) {
        if (std::strchr(" \t\n\r\f\v", escaped[i]) != nullptr && escaped[i] != 0) {
            while (i < escaped.size() && std::strchr(" \t\n\r\f\v", escaped[i]) != nullptr && escaped[i] != 0) ++i;
            spaced += "\\s+";
        } else {
            spaced += escaped[i++];
        }
    }
    std::string out;
    std::size_t at = 0;
    for (;;) {
        std::size_t pct = spaced.find('%', at);
        if (pct == std::string::npos) break;
        if (pct + 1 >= spaced.size()) raise_value_error(str::from_utf8("stray % in format '" + original + "'"));
        out += spaced.substr(at, pct - at);
        unsigned char d = static_cast<unsigned char>(spaced[pct + 1]);
        if (d >= 0x80) {
            // a non-ASCII character after %: a bad directive, named whole
            std::size_t n = d >= 0xF0 ? 4 : d >= 0xE0 ? 3 : 2;
            raise_value_error(str::from_utf8("'" + spaced.substr(pct + 1, n) + "' is a bad directive in format '" +
                                             original + "'"));
        }
        out += directive_re(char(d), original, order);
        at = pct + 2;
    }
    return out + spaced.substr(at);
}

i64 number(str* s) {
    i64 v = 0;
    for (char c : s->view())
        if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
    return v;
}

i64 name_index(str* s, const char* const* names, int n) {
    std::string low(s->view());
    for (char& c : low) c = char(std::tolower(static_cast<unsigned char>(c)));
    for (int i = 0; i < n; ++i)
        if (low == names[i]) return i;
    return -1;
}

}  // namespace

datetime* datetime::strptime(str* s, str* format) {
    std::string original(format->view());
    std::vector<char> order;
    std::string pattern = format_re(original, original, order);
    re::Match* found = re::Pattern::compile(str::from_utf8(pattern), re::IGNORECASE)->match(s);
    if (found == nullptr) {
        raise_value_error(str_concat(str_concat(str_concat(str::from_cstr("time data "), str_repr(s)),
                                                str::from_cstr(" does not match format ")), str_repr(format)));
    }
    if (found->end() != s->len()) {
        raise_value_error(str_concat(str::from_cstr("unconverted data remains: "),
                                     s->slice(found->end(), std::nullopt)));
    }
    std::optional<i64> year;
    i64 month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0;
    std::optional<i64> julian;
    for (char c : order) {
        str* g = found->group_named(str::from_ascii_char(static_cast<unsigned char>(c)));
        switch (c) {
            case 'y': year = number(g) + (number(g) <= 68 ? 2000 : 1900); break;
            case 'Y': year = number(g); break;
            case 'm': month = number(g); break;
            case 'B': month = name_index(g, kFullMonths, 12) + 1; break;
            case 'b': month = name_index(g, kAbbrMonths, 12) + 1; break;
            case 'd': day = number(g); break;
            case 'H': hour = number(g); break;
            case 'I': {
                hour = number(g);
                str* p = std::find(order.begin(), order.end(), 'p') != order.end() ? found->group_named(str::from_cstr("p"))
                                                                                   : str::empty();
                i64 ampm = p->len() == 0 ? 0 : name_index(p, std::vector<const char*>{"am", "pm"}.data(), 2);
                if (ampm == 0 && hour == 12) hour = 0;
                else if (ampm == 1 && hour != 12) hour += 12;
                break;
            }
            case 'M': minute = number(g); break;
            case 'S': second = number(g); break;
            case 'f': {
                std::string digits(g->view());
                digits.append(6 - digits.size(), '0');
                fraction = number(str::from_utf8(digits));
                break;
            }
            case 'j': julian = number(g); break;
            default: break;  // %a %A %w %u: the weekday only checks nothing here
        }
    }
    bool leap_year_fix = false;
    if (!year && month == 2 && day == 29) {
        year = 1904;  // a leap year for the computations, then 1900 again as CPython
        leap_year_fix = true;
    } else if (!year) {
        year = 1900;
    }
    if (julian) {
        date* r = date::fromordinal((*julian - 1) + date::make(*year, 1, 1)->toordinal());
        year = r->year();
        month = r->month();
        day = r->day();
    } else {
        date::make(*year, month, day);  // validated here first, as CPython's julian computation does
    }
    if (leap_year_fix) year = 1900;
    return make(*year, month, day, hour, minute, second, fraction);
}


// ---- POSIX timestamps in local time ----

datetime* datetime::fromtimestamp(double t) {
    if (!std::isfinite(t)) raise_value_error(std::isnan(t) ? "Invalid value NaN (not a number)" : "cannot convert float infinity to integer");
    double whole;
    double frac = std::modf(t, &whole);
    double us = std::nearbyint(frac * 1e6);  // half to even, as CPython's _PyTime_ROUND_HALF_EVEN
    if (us >= 1000000) {
        whole += 1;
        us -= 1000000;
    } else if (us < 0) {
        whole -= 1;
        us += 1000000;
    }
    if (whole < -9.2e18 || whole > 9.2e18) raise_overflow_error("timestamp out of range for platform time_t");
    std::time_t secs = std::time_t(whole);
    struct tm local;
    if (::localtime_r(&secs, &local) == nullptr) throw gc_new<OSError>("[Errno 75] Value too large for defined data type");
    return make(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday, local.tm_hour, local.tm_min,
                local.tm_sec > 59 ? 59 : local.tm_sec, i64(us));
}

double datetime::timestamp() const {
    struct tm local = {};
    local.tm_year = int(y_ - 1900);
    local.tm_mon = int(m_ - 1);
    local.tm_mday = int(d_);
    local.tm_hour = int(hh_);
    local.tm_min = int(mi_);
    local.tm_sec = int(ss_);
    local.tm_isdst = -1;
    std::time_t secs = std::mktime(&local);
    return double(secs) + double(us_) / 1e6;
}

date* date::fromtimestamp(double t) { return datetime::fromtimestamp(t)->to_date(); }

}  // namespace krait::datetime
