#pragma once

// SweepResult: every row a sweep produced, in order, plus the config that
// produced them. A row without figures keeps the reason ("-" in the report).

#include "runresult.h"
#include "sweepconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

struct SweepRow
{
    int targetIndex = 0;
    QString targetKey;
    QString targetLabel;
    int concurrency = 0;
    bool hasFigures = false;
    // The run the row shows: the median-requests/s repeat (a real run, so the
    // course table's columns stay consistent with one another), or the run
    // that failed. Meaningful when hasFigures.
    RunResult result;
    QString reason; // why there are no figures (or a warning)
    // Every measured repeat of this cell, in run order; result is
    // repeats[shownRepeat]. Empty in sweeps saved before repeats existed.
    QList<RunResult> repeats;
    int shownRepeat = -1;
    // The pool target's worker threads as it ran (ServerOptions::
    // effectivePoolThreads(), the default resolved); 0 for other targets and
    // for old files that did not record it.
    int poolWorkers = 0;

    // The repeats with figures: repeats, or {result} for an old single run.
    QList<RunResult> measuredRuns() const;
    // Requests per second of each measured run, in run order: what the
    // median run, the spread and the verdicts are computed from.
    QList<double> requestRates() const;

    QJsonObject toJson() const;
    static SweepRow fromJson(const QJsonObject &object);
};

// One run as it starts: which cell, which repeat. Warm-ups have repeat -1.
struct SweepRunInfo
{
    int runIndex = 0; // counts from 0 over every run that starts
    int plannedRuns = 0; // grows when --min-time adds repeats
    int targetIndex = 0;
    QString targetLabel;
    int concurrency = 0;
    int repeat = 0; // 0-based; -1 = the target's discarded warm-up
    int repeats = 1; // the cell's planned repeats

    bool isWarmUp() const { return repeat < 0; }
};

struct SweepResult
{
    SweepConfig config;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cancelled = false;
    QList<SweepRow> rows;

    QList<SweepRow> rowsOf(const QString &targetKey) const;
    QJsonObject toJson() const;
    static SweepResult fromJson(const QJsonObject &object, QString *error = nullptr);
};
