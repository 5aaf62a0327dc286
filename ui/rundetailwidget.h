#pragma once

// RunDetailWidget: one run in full: ab's report text (AbReport::format) and
// two charts of the same RunResult: latency by percentile and the timeline
// (completed and failed per 100 ms). GUI thread.

#include "sweepresult.h"

#include <QWidget>

class QChart;
class QLabel;
class QLineSeries;
class QPlainTextEdit;
class QValueAxis;

class RunDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RunDetailWidget(QWidget *parent = nullptr);

    void showRow(const SweepRow &row);
    void clear();
    QString reportText() const;
    void retranslate();

private:
    void fillLatency(const RunResult &result);
    void fillTimeline(const RunResult &result);

    QLabel *m_heading = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QChart *m_latencyChart = nullptr;
    QChart *m_timelineChart = nullptr;
    QLineSeries *m_latency = nullptr;
    QLineSeries *m_completed = nullptr;
    QLineSeries *m_failed = nullptr;
    QValueAxis *m_latencyX = nullptr;
    QValueAxis *m_latencyY = nullptr;
    QValueAxis *m_timeX = nullptr;
    QValueAxis *m_timeY = nullptr;
    SweepRow m_row;
    bool m_hasRow = false;
};
