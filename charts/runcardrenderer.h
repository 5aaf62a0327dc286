#pragma once

// RunCardRenderer: one run's "screenshot" as an image: a title band (target,
// c, n, engine), the run's ab-style report as monospace text, and beside it a
// latency chart (ab's percentage table) and a throughput-over-time chart
// (completed and failed requests per second from the 100 ms timeline). A run
// without figures gets a card that says why. GUI (main) thread only.

#include "sweepresult.h"

#include <QImage>
#include <QString>

class RunCardRenderer
{
public:
    static constexpr int kMinWidth = 1200;
    static constexpr int kMinHeight = 700;

    static QImage render(const SweepRow &row, const QString &lang);

private:
    static QImage renderFigures(const SweepRow &row, const QString &lang);
    static QImage renderNoFigures(const SweepRow &row, const QString &lang);
};
