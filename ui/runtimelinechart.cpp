#include "runtimelinechart.h"

#include "chartkit.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

RunTimelineChart::RunTimelineChart(QWidget *parent) : QWidget(parent)
{
    m_chart = ChartKit::createChart({});
    m_rps = new QLineSeries(m_chart);
    m_failed = new QLineSeries(m_chart);
    m_chart->addSeries(m_rps);
    m_chart->addSeries(m_failed);
    m_rps->setPen(QPen(ChartKit::seriesColor(0), 2)); // after addSeries, which applies the theme's
    m_failed->setPen(QPen(ChartKit::failureColor(), 2));

    m_timeAxis = ChartKit::spanAxis({}, 0, 1);
    m_rpsAxis = ChartKit::valueAxis({}, 0, 10);
    m_failedAxis = ChartKit::valueAxis({}, 0, 10);
    m_failedAxis->setLabelsColor(ChartKit::failureColor());
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rpsAxis, Qt::AlignLeft);
    m_chart->addAxis(m_failedAxis, Qt::AlignRight);
    m_rps->attachAxis(m_timeAxis);
    m_rps->attachAxis(m_rpsAxis);
    m_failed->attachAxis(m_timeAxis);
    m_failed->attachAxis(m_failedAxis);

    m_view = ChartKit::createView(m_chart, this);
    m_view->setObjectName(QStringLiteral("runTimelineView"));
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslate();
}

void RunTimelineChart::reset(const QString &runTitle)
{
    m_runTitle = runTitle;
    m_rps->clear();
    m_failed->clear();
    m_maxRps = 0;
    m_maxFailed = 0;
    ChartKit::setSpan(m_timeAxis, 0, 1);
    ChartKit::setNiceRange(m_rpsAxis, 0, 10);
    ChartKit::setNiceRange(m_failedAxis, 0, 10);
    retranslate();
}

void RunTimelineChart::addProgress(const RunProgress &progress)
{
    // Drop the oldest points rather than grow: the axis still spans the run.
    if (m_rps->count() >= MaxPoints) {
        m_rps->removePoints(0, m_rps->count() - MaxPoints + 1);
        m_failed->removePoints(0, m_failed->count() - MaxPoints + 1);
    }
    m_rps->append(progress.elapsedSec, progress.currentRps);
    m_failed->append(progress.elapsedSec, double(progress.failed));
    m_maxRps = std::max(m_maxRps, progress.currentRps);
    m_maxFailed = std::max(m_maxFailed, progress.failed);
    // The run's start while every point is kept; then the oldest one kept.
    const double left = m_rps->count() >= MaxPoints - 1 ? m_rps->at(0).x() : 0;
    // Ticks on round seconds (0.25, 0.5, ...), whatever the window's start.
    ChartKit::setSpan(m_timeAxis, left, std::max(left + 1, progress.elapsedSec));
    ChartKit::setNiceRange(m_rpsAxis, 0, std::max(10.0, m_maxRps * 1.1));
    // Failures are counts: from 10 up niceTicks' steps are whole numbers.
    ChartKit::setNiceRange(m_failedAxis, 0,
                           double(std::max<qint64>(10, m_maxFailed + m_maxFailed / 10)));
}

int RunTimelineChart::pointCount() const
{
    return int(m_rps->count());
}

void RunTimelineChart::retranslate()
{
    m_chart->setTitle(m_runTitle.isEmpty() ? tr("Current run")
                                           : tr("Current run: %1").arg(m_runTitle));
    m_rps->setName(tr("Requests/s"));
    m_failed->setName(tr("Failed requests (total)"));
    m_timeAxis->setTitleText(tr("Elapsed (s)"));
    m_rpsAxis->setTitleText(tr("Requests/s"));
    m_failedAxis->setTitleText(tr("Failed"));
}
