#pragma once

// LiveChart: requests/s and failed requests over the current run's time,
// fed by SweepRunner::runProgress (at most ~20 points a second, capped so a
// long run does not grow without bound). GUI thread.

#include "engine.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

class LiveChart : public QWidget
{
    Q_OBJECT
public:
    explicit LiveChart(QWidget *parent = nullptr);

    void reset(const QString &runTitle);
    void addProgress(const RunProgress &progress);
    void retranslate();
    int pointCount() const;

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
