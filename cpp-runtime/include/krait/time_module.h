// time_module.h -- Python's time module (the commonly used part): the clocks CPython reads
// (CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID), sleep, and strftime of the current
// local time.
#pragma once

#include "krait/core.h"
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

}  // namespace krait::pytime
