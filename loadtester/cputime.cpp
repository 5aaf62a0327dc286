#include "cputime.h"

#include <ctime>

namespace {

double secondsOf(clockid_t clock)
{
    timespec ts {};
    if (clock_gettime(clock, &ts) != 0)
        return 0;
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

double CpuTime::threadSeconds()
{
    return secondsOf(CLOCK_THREAD_CPUTIME_ID);
}

double CpuTime::processSeconds()
{
    return secondsOf(CLOCK_PROCESS_CPUTIME_ID);
}
