#pragma once

// AbCommandLine: `serverbench ab`'s command line, with ApacheBench's options
// and their meaning (support/ab.c main()), parsed into a LoadTest and the
// report's options, or into one line saying what is wrong. Options are read
// in the order given, as ab's getopt loop reads them, so the same rules
// apply: "-t 5 -n 100" runs 100 requests but "-n 100 -t 5" runs up to 50000,
// "-p FILE -i" is "Cannot mix HEAD with other methods" while "-i -m PATCH"
// is PATCH. No I/O besides reading the -p/-u file; the `ab` command runs and
// prints.

#include "abreport.h"
#include "loadtest.h"

#include <QString>
#include <QStringList>

class AbCommandLine
{
public:
    enum class Action {
        Run, // run `test` and print ab's report
        Help, // print helpText on stdout, exit 0
        Version, // -V: print banner() on stdout, exit 0
        Error, // print "serverbench ab: " + error on stderr, exit 1
    };

    // arguments[0] is the command's name ("ab"), the options and the URL
    // follow (as abCommand receives them).
    static AbCommandLine parse(const QStringList &arguments);

    // Our first lines, where ab prints its copyright (ab -V prints them too).
    static QString banner(EngineKind engine);

    Action action = Action::Error;
    QString error; // Action::Error: one line naming the problem, no prefix or newline
    QString helpText; // Action::Help

    LoadTest test; // Action::Run
    AbReportOptions report; // -l, -d, -S
    bool progress = true; // ab's "Completed N requests" lines; -q turns them off
    QString gnuplotFile; // -g
    QString csvFile; // -e
    QString jsonFile; // --json

    // ab's heartbeat: a "Completed N requests" line every this many
    // completions when more than 150 requests are asked for (at least every
    // 100, every tenth of the requests); 0 = none.
    qint64 heartbeat() const;
};
