#include "rundetailwidget.h"

#include "reasontext.h"

#include "abreport.h"
#include "chartkit.h"
#include "runcardrenderer.h"

#include <QChart>
#include <QChartView>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

RunDetailWidget::RunDetailWidget(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("abReportText"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_latencyView = ChartKit::createView(ChartKit::createChart({}));
    m_timelineView = ChartKit::createView(ChartKit::createChart({}));
    m_latencyView->setObjectName(QStringLiteral("latencyChartView"));
    m_timelineView->setObjectName(QStringLiteral("timelineChartView"));

    auto charts = new QSplitter(Qt::Vertical);
    charts->addWidget(m_latencyView);
    charts->addWidget(m_timelineView);
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
    // ab's report stays in ab's words, as ab prints it.
    if (row.hasFigures)
        m_report->setPlainText(AbReport::format(row.result));
    m_chartsLanguage.clear(); // a new row: build its charts
    retranslate();
}

void RunDetailWidget::clear()
{
    m_hasRow = false;
    m_row = {};
    m_report->clear();
    m_chartsLanguage.clear();
    retranslate();
}

QString RunDetailWidget::reportText() const
{
    return m_report->toPlainText();
}

void RunDetailWidget::setLanguage(const QString &lang)
{
    m_language = lang;
}

QChart *RunDetailWidget::latencyChart() const
{
    return m_latencyView->chart();
}

QChart *RunDetailWidget::timelineChart() const
{
    return m_timelineView->chart();
}

void RunDetailWidget::install(QChartView *view, std::unique_ptr<QChart> chart)
{
    QChart *old = view->chart();
    view->setChart(chart.release()); // the view owns it now, and no longer the old one
    delete old;
}

// The run card's charts, built again only for a new row or language.
void RunDetailWidget::showCharts()
{
    if (m_chartsLanguage == m_language)
        return;
    m_chartsLanguage = m_language;
    install(m_latencyView, RunCardRenderer::latencyChart(m_row, m_language));
    install(m_timelineView, RunCardRenderer::throughputChart(m_row, m_language));
}

void RunDetailWidget::retranslate()
{
    if (m_hasRow && !m_row.hasFigures)
        m_report->setPlainText(tr("This run produced no figures.\n\nReason: %1")
                                       .arg(ReasonText::translated(m_row.reason)));
    if (m_hasRow)
        m_heading->setText(tr("<b>%1</b>, concurrency %2")
                                   .arg(m_row.targetLabel.toHtmlEscaped())
                                   .arg(m_row.concurrency));
    else
        m_heading->setText(tr("Select a row in the results table to see its full report."));
    showCharts();
}
