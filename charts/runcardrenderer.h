#pragma once

// RunCardRenderer: one run's "screenshot" as an image: a title band (target,
// c, n, engine), the run's ab-style report as monospace text, and beside it a
// latency chart (every request's latency by percentile, ab's percentage table
// marked on it) and a throughput-over-time chart (completed and failed
// requests per second, the run cut into about 50 buckets of a round width,
// RunResult::rateTimeline). A run without figures gets a card that says why.
// The GUI shows the card's very charts (latencyChart, throughputChart) in a
// QChartView. GUI (main) thread only.

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
    // Latency: the samples' latency curve (RunResult::latencyCurve) in ms,
    // and ab's percentiles as markers on it.
    static std::unique_ptr<QChart> latencyChart(const SweepRow &row, const QString &lang);
    // Completed and failed requests per second, bucket by bucket
    // (RunResult::rateTimeline, each divided by its own length), and the
    // run's mean Requests per second.
    static std::unique_ptr<QChart> throughputChart(const SweepRow &row, const QString &lang);
    // A bucket width for the chart's title: "500 µs", "1.2 ms", "2 s".
    static QString bucketText(qint64 us);

private:
    static QImage renderFigures(const SweepRow &row, const QString &lang);
    static QImage renderNoFigures(const SweepRow &row, const QString &lang);
};
