// generator_bench.cpp -- cost of generator switches and creation.
//   generator_bench [N]   (not run by ctest)
#include <krait/runtime.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace krait;

int main(int argc, char** argv) {
    GC_INIT();
    i64 n = argc > 1 ? std::atoll(argv[1]) : 20000000;
    // CPU time of this process (the wall clock is unreliable on a loaded machine).
    struct clock {
        static double now() {
            timespec ts;
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
            return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
        }
    };

    auto* g = make_generator<i64>("bench", [n](yielder<i64>& y) {
        for (i64 i = 0; i < n; ++i) y.yield(i);
    });
    auto t0 = clock::now();
    i64 sum = 0;
    for (i64 x : *g) sum += x;
    double dt = clock::now() - t0;
    std::printf("yield+resume: %.1f ns CPU per value (%lld values, sum %lld)\n", dt / double(n),
                (long long)n, (long long)sum);

    i64 m = n / 100;
    t0 = clock::now();
    i64 total = 0;
    for (i64 k = 0; k < m; ++k) {
        auto* h = make_generator<i64>("small", [k](yielder<i64>& y) {
            y.yield(k);
            y.yield(1);
        });
        for (i64 x : *h) total += x;
    }
    dt = clock::now() - t0;
    std::printf("create + run a 2-value generator: %.1f ns CPU (%lld generators, %lld)\n", dt / double(m),
                (long long)m, (long long)total);
    return 0;
}
