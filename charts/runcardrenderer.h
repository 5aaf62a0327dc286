#pragma once

// RunCardRenderer: one run's "screenshot" as an image: a title band (target,
// c, n, engine), the run's ab-style report as monospace text, and beside it a
// latency chart (ab's percentage table) and a throughput-over-time chart
// (completed and failed requests per second from the 100 ms timeline). A run
// without figures gets a card that says why. The GUI shows the card's very
// charts (latencyChart, throughputChart) in a QChartView. GUI (main) thread
// only.

#include "sweepresult.h"

#include <QImage>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

class RunCardRenderer
{
public:
    static constexpr int kMinWidth = 1200;
    static constexpr int kMinHeight = 700;

    static QImage render(const SweepRow &row, const QString &lang);

    // The card's charts; titled but empty for a row without figures.
    // Latency: one bar per ab percentile, in ms with the samples' resolution.
    static std::unique_ptr<QChart> latencyChart(const SweepRow &row, const QString &lang);
    // Completed and failed requests per second, bucket by 100 ms bucket, and
    // the run's mean Requests per second.
    static std::unique_ptr<QChart> throughputChart(const SweepRow &row, const QString &lang);

private:
    static QImage renderFigures(const SweepRow &row, const QString &lang);
    static QImage renderNoFigures(const SweepRow &row, const QString &lang);
};
