#pragma once

// ReportPaths: the names of the files a report folder holds, relative to the
// folder, so the markdown's links and the files written cannot disagree.
// Pure functions, any thread.

#include "sweepresult.h"

#include <QString>
#include <QStringList>

class ReportPaths
{
public:
    static QString imageDir() { return QStringLiteral("dokumentasi"); } // the seed's folder
    static QString csvName() { return QStringLiteral("results.csv"); }
    static QString jsonName() { return QStringLiteral("results.json"); }

    // A target key made safe for a file name and a markdown link.
    static QString fileKey(const QString &targetKey);
    // "dokumentasi/<key>_<c>.png": the run's card.
    static QString runImage(const SweepRow &row);
    // The sweep charts, in the order the document shows them.
    static QString requestsPerSecondChart();
    static QString timePerRequestChart();
    static QString failedRequestsChart();
    static QStringList sweepCharts();
};
