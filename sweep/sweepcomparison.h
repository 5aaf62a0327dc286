#pragma once

// SweepComparison: several saved sweeps as one, so the results table, the
// charts, the verdicts and the report overlay them with no second code path
// ("my server before and after a thread pool"). Each sweep's targets become
// targets of the merged sweep, named after their sweep. Pure functions, any
// thread.

#include "sweepresult.h"

#include <QList>
#include <QString>
#include <QStringList>

class SweepComparison
{
public:
    // A sweep's name in a comparison: its title, else when it started
    // ("2026-12-03 14:05", the same in every language and locale).
    static QString defaultName(const SweepResult &sweep);
    // defaultName() of each, made unique (" (2)", " (3)" ...) also once made
    // file-name safe, since the names end up in the report's image names.
    static QStringList names(const QList<SweepResult> &sweeps);

    // One sweep holding every target of every sweep, in order, with key
    // "<key> · <name>" (unique even once file-name safe) and label
    // "<label> · <name>", an embedded server's label shortened to its key
    // ("async · before"); every row with its repeats; the levels' union,
    // ascending. The rest of the config is the first sweep's and the title
    // is empty (the caller names the comparison in its language). names
    // defaults to names(sweeps).
    static SweepResult merge(const QList<SweepResult> &sweeps, const QStringList &names = {});

    // The settings that differ between the sweeps, which the merged config
    // cannot show ("n 1000, 5000", "keep-alive off, on"); empty when they
    // measured alike.
    static QStringList differences(const QList<SweepResult> &sweeps);
};
