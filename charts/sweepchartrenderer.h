#pragma once

// SweepChartRenderer: the sweep charts: requests per second, time per
// request (the course table's column, ab's "(mean, across all concurrent
// requests)") and failed requests against the concurrency level, one line per
// target, gaps where a run has no figures; requests per second carries each
// cell's median 95% CI over its repeats as error bars; a pool target's size
// (PoolWaves) is a dashed "pool N" line on the first two. The exporter renders these charts
// to PNG; the GUI shows the very same charts in a QChartView. GUI (main)
// thread only (Qt Charts).

#include "sweepresult.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QXYSeries;
QT_END_NAMESPACE

// A built chart and, per line, the series holding its every point (x = the
// level's index in levels, y = the figure).
struct SweepChart
{
    std::unique_ptr<QChart> chart;
    QList<QXYSeries *> points; // owned by chart
    QList<int> levels;

    SweepChart();
    SweepChart(SweepChart &&) noexcept;
    SweepChart &operator=(SweepChart &&) noexcept;
    ~SweepChart();
};

class SweepChartRenderer
{
public:
    static QSize imageSize() { return {1400, 800}; }

    // The charts. logScale puts the figure on a logarithmic axis (runs whose
    // figure is 0 then have no point).
    static SweepChart requestsPerSecondChart(const SweepResult &sweep, const QString &lang,
                                             bool logScale = false);
    static SweepChart timePerRequestChart(const SweepResult &sweep, const QString &lang,
                                          bool logScale = false);
    static SweepChart failedRequestsChart(const SweepResult &sweep, const QString &lang,
                                          bool logScale = false);

    // The same charts as the exporter's images.
    static QImage requestsPerSecond(const SweepResult &sweep, const QString &lang);
    static QImage timePerRequest(const SweepResult &sweep, const QString &lang);
    static QImage failedRequests(const SweepResult &sweep, const QString &lang);
    // The concurrency levels on the x axis: the config's, then any other a row has.
    static QList<int> levels(const SweepResult &sweep);
};
