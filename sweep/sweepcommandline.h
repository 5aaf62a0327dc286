#pragma once

// SweepCommandLine: the arguments of `serverbench sweep`, parsed and checked
// in full (config.validate() included) before anything is run or written.
// Pure but for reading -p's file: nothing is written, so it is tested
// without a process.

#include "sweepconfig.h"

#include <QString>
#include <QStringList>

struct SweepCommandLine
{
    SweepConfig config;
    QString outDir = QStringLiteral("serverbench-report");
    QString lang = QStringLiteral("id");
    QString title;
    QString author;
    QString loadFile; // --load: re-export this saved sweep, run nothing
    // The options given, by the names they were given with ("n", "target"),
    // for callers that take only some (the GUI).
    QStringList givenOptions;
    bool helpRequested = false;
    QString helpText;

    // arguments[0] is the command's name ("sweep"). On a usage error returns
    // a default value with *error set to one line.
    static SweepCommandLine parse(const QStringList &arguments, QString *error);
};
