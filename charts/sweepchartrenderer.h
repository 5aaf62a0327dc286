#pragma once

// SweepChartRenderer: the sweep charts as images: requests per second, time
// per request (ab's mean and p99) and failed requests against the concurrency
// level, one line per target, gaps where a run has no figures. GUI (main)
// thread only (Qt Charts).

#include "sweepresult.h"

#include <QImage>
#include <QSize>
#include <QString>

class SweepChartRenderer
{
public:
    static QSize imageSize() { return {1400, 800}; }

    static QImage requestsPerSecond(const SweepResult &sweep, const QString &lang);
    static QImage timePerRequest(const SweepResult &sweep, const QString &lang);
    static QImage failedRequests(const SweepResult &sweep, const QString &lang);
    // The concurrency levels on the x axis: the config's, then any other a row has.
    static QList<int> levels(const SweepResult &sweep);
};
