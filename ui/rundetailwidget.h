#pragma once

// RunDetailWidget: one run in full: ab's report text (AbReport::format) and
// the run card's two charts (RunCardRenderer, the very charts of its PNG):
// latency by percentile and throughput over the run. GUI thread.

#include "sweepresult.h"

#include <QString>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QLabel;
class QPlainTextEdit;

class RunDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RunDetailWidget(QWidget *parent = nullptr);

    void showRow(const SweepRow &row);
    void clear();
    QString reportText() const;
    void setLanguage(const QString &lang);
    void retranslate();
    QChart *latencyChart() const;
    QChart *timelineChart() const;

private:
    void showCharts();
    static void install(QChartView *view, std::unique_ptr<QChart> chart);

    QLabel *m_heading = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QChartView *m_latencyView = nullptr;
    QChartView *m_timelineView = nullptr;
    QString m_language = QStringLiteral("en");
    QString m_chartsLanguage; // the language the shown charts were built in
    SweepRow m_row;
    bool m_hasRow = false;
};
