#pragma once

// AbReport: ApacheBench 2.3's text report of one RunResult, with ab's labels
// in ab's order and ab's number formats (support/ab.c output_results), from
// "Server Software:" to the percentage table. The `ab` command prints it, the
// run card PNG and the GUI show it. Pure function; any thread.

#include "runresult.h"

#include <QString>

class AbReport
{
public:
    // The report as ab prints it after "Finished N requests" (without ab's
    // two leading blank lines), each line ending in '\n'.
    static QString format(const RunResult &result);
    // ab's "Connection Times (ms)" block alone, header line included.
    static QString connectionTimes(const RunResult &result);
    // ab's percentage block alone (empty when fewer than two requests completed).
    static QString percentages(const RunResult &result);
};
