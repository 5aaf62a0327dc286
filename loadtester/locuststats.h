#pragma once

// LocustStats: maps what a Locust run wrote (the master's per-request-type
// CSV <prefix>_stats.csv, its history <prefix>_stats_history.csv, the
// failures <prefix>_failures.csv and serverbench's own <prefix>_serverbench.json
// from the locustfile) onto RunResult, with ab's meaning where Locust has
// the figure, and RunResult::unavailable ("n/a" with the reason) where it
// has not. Pure functions, any thread.

#include "runresult.h"

#include <QByteArrayList>
#include <QString>

class LocustStats
{
public:
    // Fills result's counters, time, percentiles, transfer and timeline;
    // false with *error when the files are missing or unreadable.
    static bool read(const QString &prefix, RunResult &result, QString *error);
    // One CSV line's fields (RFC 4180 quoting, as Python's csv writes).
    static QByteArrayList csvFields(const QByteArray &line);
};
