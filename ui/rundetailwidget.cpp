#include "rundetailwidget.h"

#include "chartviews.h"

#include "abreport.h"

#include <QChart>
#include <QChartView>
#include <QFontDatabase>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

RunDetailWidget::RunDetailWidget(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("abReportText"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_latencyChart = ChartViews::createChart({});
    m_latency = new QLineSeries(m_latencyChart);
    m_latency->setPointsVisible(true);
    m_latencyChart->addSeries(m_latency);
    m_latencyChart->legend()->hide();
    m_latencyX = ChartViews::createValueAxis({});
    m_latencyY = ChartViews::createValueAxis({}, QStringLiteral("%.1f"));
    m_latencyX->setRange(0, 100);
    m_latencyChart->addAxis(m_latencyX, Qt::AlignBottom);
    m_latencyChart->addAxis(m_latencyY, Qt::AlignLeft);
    m_latency->attachAxis(m_latencyX);
    m_latency->attachAxis(m_latencyY);

    m_timelineChart = ChartViews::createChart({});
    m_completed = new QLineSeries(m_timelineChart);
    m_failed = new QLineSeries(m_timelineChart);
    m_completed->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    m_failed->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
    m_timelineChart->addSeries(m_completed);
    m_timelineChart->addSeries(m_failed);
    m_timeX = ChartViews::createValueAxis({}, QStringLiteral("%.2g"));
    m_timeY = ChartViews::createValueAxis({});
    m_timelineChart->addAxis(m_timeX, Qt::AlignBottom);
    m_timelineChart->addAxis(m_timeY, Qt::AlignLeft);
    for (QLineSeries *series : {m_completed, m_failed}) {
        series->attachAxis(m_timeX);
        series->attachAxis(m_timeY);
    }

    auto charts = new QSplitter(Qt::Vertical);
    charts->addWidget(ChartViews::create(m_latencyChart));
    charts->addWidget(ChartViews::create(m_timelineChart));
    auto split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_report);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);
    retranslate();
}

void RunDetailWidget::showRow(const SweepRow &row)
{
    m_row = row;
    m_hasRow = true;
    retranslate();
    if (!row.hasFigures) {
        m_report->setPlainText(tr("This run produced no figures.\n\nReason: %1").arg(row.reason));
        m_latency->clear();
        m_completed->clear();
        m_failed->clear();
        return;
    }
    m_report->setPlainText(AbReport::format(row.result));
    fillLatency(row.result);
    fillTimeline(row.result);
}

void RunDetailWidget::clear()
{
    m_hasRow = false;
    m_row = {};
    m_report->clear();
    m_latency->clear();
    m_completed->clear();
    m_failed->clear();
    retranslate();
}

QString RunDetailWidget::reportText() const
{
    return m_report->toPlainText();
}

void RunDetailWidget::fillLatency(const RunResult &result)
{
    QList<QPointF> points;
    double maxY = 1;
    for (const auto &[percent, ms] : result.percentiles()) {
        points << QPointF(percent, double(ms));
        maxY = std::max(maxY, double(ms));
    }
    m_latency->replace(points);
    m_latencyX->setRange(points.isEmpty() ? 0 : points.first().x(), 100);
    m_latencyY->setRange(0, maxY * 1.1);
    m_latencyY->applyNiceNumbers();
}

void RunDetailWidget::fillTimeline(const RunResult &result)
{
    QList<QPointF> completed;
    QList<QPointF> failed;
    qint64 maxY = 1;
    for (qsizetype i = 0; i < result.timeline.size(); ++i) {
        const double t = (double(i) + 0.5) * 0.1; // the middle of each 100 ms bucket
        completed << QPointF(t, double(result.timeline.at(i).completed));
        failed << QPointF(t, double(result.timeline.at(i).failed));
        maxY = std::max({maxY, result.timeline.at(i).completed, result.timeline.at(i).failed});
    }
    m_completed->replace(completed);
    m_failed->replace(failed);
    m_timeX->setRange(0, std::max(0.1, double(result.timeline.size()) * 0.1));
    m_timeX->applyNiceNumbers();
    m_timeY->setRange(0, double(maxY) * 1.1);
    m_timeY->applyNiceNumbers();
}

void RunDetailWidget::retranslate()
{
    if (m_hasRow)
        m_heading->setText(tr("<b>%1</b>, concurrency %2")
                                   .arg(m_row.targetLabel.toHtmlEscaped())
                                   .arg(m_row.concurrency));
    else
        m_heading->setText(tr("Select a row in the results table to see its full report."));
    m_latencyChart->setTitle(tr("Latency by percentile"));
    m_latencyX->setTitleText(tr("Requests served within (%)"));
    m_latencyY->setTitleText(tr("Time (ms)"));
    m_timelineChart->setTitle(tr("Timeline (per 100 ms)"));
    m_completed->setName(tr("Completed"));
    m_failed->setName(tr("Failed"));
    m_timeX->setTitleText(tr("Elapsed (s)"));
    m_timeY->setTitleText(tr("Requests"));
}
