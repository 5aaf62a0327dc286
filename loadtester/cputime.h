#pragma once

// CpuTime: the CPU time (user + system) the calling thread has used. The
// embedded servers run in the same process as the load tester, so the
// client's own cost must be measured per thread, not per process.

class CpuTime
{
public:
    static double threadSeconds();
    static double processSeconds();
};
