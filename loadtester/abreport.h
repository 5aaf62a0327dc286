#pragma once

// AbReport: ApacheBench 2.3's text report of one RunResult, with ab's labels
// in ab's order and ab's number formats (support/ab.c output_results), from
// "Server Software:" to the percentage table; ab's -g (gnuplot) and -e (CSV)
// files; and what ab prints when it stops a test (err/apr_err). The `ab`
// command prints it, the run card PNG and the GUI show it. Pure functions;
// any thread.

#include "runresult.h"

#include <QByteArray>
#include <QString>

// The ab options that change the report (not the run).
struct AbReportOptions
{
    bool variableLength = false; // ab -l: "Document Length:        Variable"
    bool percentiles = true; // ab -d turns the percentage table off
    bool confidence = true; // ab -S: "min   avg   max" only, no SANE warnings
};

class AbReport
{
public:
    // The report as ab prints it after "Finished N requests" (without ab's
    // two leading blank lines), each line ending in '\n'.
    static QString format(const RunResult &result, const AbReportOptions &options = {});
    // ab's "Connection Times (ms)" block alone, header line included; with
    // confidence off (-S), ab's min/avg/max table without the SANE warnings.
    static QString connectionTimes(const RunResult &result, bool confidence = true);
    // ab's percentage block alone (empty when fewer than two requests completed).
    static QString percentages(const RunResult &result);

    // ab -g: "starttime\tseconds\tctime\tdtime\tttime\twait", one row per
    // completed request sorted by total time, times in ab's rounded ms, the
    // start as apr_ctime() ("Thu Dec 03 08:10:46 2026", local time) and as
    // epoch seconds. Empty when nothing completed (ab writes no file then).
    static QByteArray gnuplot(const RunResult &result);
    // ab -e: "Percentage served,Time in ms", rows 0..100 ("%d,%.3f"), row i
    // the total time at ab's index (unsigned long)(0.5 + done * i / 100.0)
    // (0 = the fastest, 100 = the slowest; clamped to the last request where
    // ab reads past its array). Empty when nothing completed.
    static QByteArray percentagesCsv(const RunResult &result);

    // When ab stops the test (RunResult::aborted()): the line ab prints on
    // stderr ("apr_socket_recv: Connection refused (111)\n") and what it
    // prints on stdout ("Total of N requests completed\n" when N > 0, else
    // nothing). Both empty when the run was not aborted.
    static QString abortStderr(const RunResult &result);
    static QString abortStdout(const RunResult &result);
};
