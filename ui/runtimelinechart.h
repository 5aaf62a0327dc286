#pragma once

// RunTimelineChart: requests/s and failed requests over the current run's
// time, fed by SweepRunner::runProgress (at most ~20 points a second, capped
// so a long run does not grow without bound). The Live tab's lower chart:
// it shows what a long run (-t, a large -n) does over time, which the sweep's
// one point per cell cannot. GUI thread.

#include "engine.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

class RunTimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit RunTimelineChart(QWidget *parent = nullptr);

    void reset(const QString &runTitle);
    void addProgress(const RunProgress &progress);
    void retranslate();
    int pointCount() const;
    QChart *chart() const { return m_chart; }

    static constexpr int MaxPoints = 1200;

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLineSeries *m_rps = nullptr;
    QLineSeries *m_failed = nullptr;
    QValueAxis *m_timeAxis = nullptr;
    QValueAxis *m_rpsAxis = nullptr;
    QValueAxis *m_failedAxis = nullptr;
    QString m_runTitle;
    double m_maxRps = 0;
    qint64 m_maxFailed = 0;
};
