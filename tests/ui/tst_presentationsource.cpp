// One presentation source: every cell of the GUI's results table is the
// exported markdown or CSV cell of the same sweep, and the GUI's charts hold
// the very points of the charts the exporter renders to PNG.

#include "../report/reportfixture.h"
#include "chartkit.h"
#include "csvwriter.h"
#include "markdownwriter.h"
#include "reportfigures.h"
#include "resultsmodel.h"
#include "runcardrenderer.h"
#include "rundetailwidget.h"
#include "sweepchartrenderer.h"
#include "sweepchartswidget.h"
#include "uitestenv.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QXYSeries>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A sweep with every kind of row: figures, a "-" row with a reason (quotes,
// comma, pipe), failures, a cancelled run, a client-bound run, sub-ms latencies.
SweepResult fixtureSweep()
{
    SweepResult sweep = ReportFixture::syntheticSweep(300);
    sweep.rows[1].result.cancelled = true;
    sweep.rows[2].result.clientCpuSec = sweep.rows[2].result.timeTakenSec * 0.97;
    sweep.rows[3].result.error = u"apr_pollset_poll: The timeout specified has expired"_s;
    return sweep;
}

struct MarkdownRows
{
    QStringList course; // the course report's table row
    QStringList details; // the details table row
};

// The exported document's table rows by "target key/c".
QHash<QString, MarkdownRows> markdownRows(const SweepResult &sweep, const QString &markdown)
{
    QHash<QString, MarkdownRows> rows;
    const QList<QList<SweepRow>> groups = MarkdownWriter::rowsByTarget(sweep);
    const QStringList lines = markdown.split(u'\n');
    int group = -1;
    bool details = false;
    int index = 0;
    for (const QString &line : lines) {
        if (line.startsWith(u"### Benchmark Results "_s)) {
            ++group;
            details = false;
            index = -2; // header and alignment rows first
        } else if (line.startsWith(u"#### Details "_s)) {
            details = true;
            index = -2;
        } else if (line.startsWith(u'|') && group >= 0 && group < groups.size()) {
            if (index >= 0 && index < groups[group].size()) {
                const SweepRow &row = groups[group][index];
                const QString key = row.targetKey + u'/' + QString::number(row.concurrency);
                (details ? rows[key].details : rows[key].course)
                        = ReportFixture::markdownCells(line);
            }
            ++index;
        }
    }
    return rows;
}

QList<QPointF> pointsOf(QAbstractSeries *series)
{
    auto xy = qobject_cast<QXYSeries *>(series);
    return xy ? xy->points() : QList<QPointF>();
}

// Both charts have the same title, axes' titles and series, point for point.
void compareCharts(QChart *gui, QChart *exported)
{
    QVERIFY(gui);
    QVERIFY(exported);
    QCOMPARE(gui->title(), exported->title());
    const QList<QAbstractAxis *> guiAxes = gui->axes();
    const QList<QAbstractAxis *> exportedAxes = exported->axes();
    QCOMPARE(guiAxes.size(), exportedAxes.size());
    for (int i = 0; i < guiAxes.size(); ++i) {
        QCOMPARE(guiAxes[i]->type(), exportedAxes[i]->type());
        QCOMPARE(guiAxes[i]->titleText(), exportedAxes[i]->titleText());
    }
    const QList<QAbstractSeries *> guiSeries = gui->series();
    const QList<QAbstractSeries *> exportedSeries = exported->series();
    QCOMPARE(guiSeries.size(), exportedSeries.size());
    for (int i = 0; i < guiSeries.size(); ++i) {
        QCOMPARE(guiSeries[i]->type(), exportedSeries[i]->type());
        QCOMPARE(guiSeries[i]->name(), exportedSeries[i]->name());
        QCOMPARE(pointsOf(guiSeries[i]), pointsOf(exportedSeries[i]));
        auto guiBars = qobject_cast<QAbstractBarSeries *>(guiSeries[i]);
        auto exportedBars = qobject_cast<QAbstractBarSeries *>(exportedSeries[i]);
        QCOMPARE(bool(guiBars), bool(exportedBars));
        if (!guiBars)
            continue;
        QCOMPARE(guiBars->count(), exportedBars->count());
        for (int set = 0; set < guiBars->count(); ++set) {
            const QBarSet *a = guiBars->barSets().at(set);
            const QBarSet *b = exportedBars->barSets().at(set);
            QCOMPARE(a->count(), b->count());
            for (int v = 0; v < a->count(); ++v)
                QCOMPARE(a->at(v), b->at(v));
        }
    }
}

} // namespace

class tst_PresentationSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tableCellsAreTheExportedCells_data();
    void tableCellsAreTheExportedCells();
    void sweepChartsAreTheExportedCharts_data();
    void sweepChartsAreTheExportedCharts();
    void runChartsAreTheRunCardCharts();

private:
    QTemporaryDir m_home;
};

void tst_PresentationSource::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTestEnv::isolate(m_home);
}

void tst_PresentationSource::tableCellsAreTheExportedCells_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("id") << u"id"_s;
}

void tst_PresentationSource::tableCellsAreTheExportedCells()
{
    QFETCH(QString, lang);
    for (const SweepResult &sweep : {fixtureSweep(), ReportFixture::seedSweep()}) {
        ResultsModel model;
        model.setLanguage(lang);
        model.setRows(sweep.rows);

        ReportOptions options;
        options.lang = lang;
        options.extendedTable = true;
        // The details heading is read in English; the cells do not depend on it.
        const QString markdown
                = MarkdownWriter::document(sweep, options)
                          .replace(u"### Tabel Hasil Benchmark "_s, u"### Benchmark Results "_s)
                          .replace(u"#### Rincian "_s, u"#### Details "_s);
        const QHash<QString, MarkdownRows> md = markdownRows(sweep, markdown);
        const QList<QStringList> csv = ReportFixture::parseCsv(CsvWriter::csv(sweep));
        const QStringList header = csv.first();
        QHash<QString, QStringList> csvRows;
        for (qsizetype i = 1; i < csv.size(); ++i) {
            csvRows.insert(csv[i][header.indexOf(u"target_key"_s)] + u'/'
                                   + csv[i][header.indexOf(u"concurrency"_s)],
                           csv[i]);
        }
        // The details table's figure columns, in its order.
        const QList<int> detailsColumns {ResultsModel::TimePerRequestMean,
                                         ResultsModel::P50,
                                         ResultsModel::P90,
                                         ResultsModel::P99,
                                         ResultsModel::Non2xx,
                                         ResultsModel::ClientCpu};

        QCOMPARE(model.rowCount(), sweep.rows.size());
        int compared = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const SweepRow &row = sweep.rows[r];
            const QString key = row.targetKey + u'/' + QString::number(row.concurrency);
            QVERIFY2(md.contains(key) && csvRows.contains(key), qPrintable(key));
            const QStringList &course = md[key].course;
            const QStringList &details = md[key].details;
            const QStringList &csvRow = csvRows[key];
            QCOMPARE(course.size(), 9);
            QCOMPARE(details.size(), 9);
            for (int c = 0; c < ResultsModel::ColumnCount; ++c) {
                const QString gui = model.index(r, c).data().toString();
                const QString where = key + u" column "_s + QString::number(c) + u": "_s + gui;
                const QLatin1StringView figure = ResultsModel::figureKey(c);
                if (!figure.isEmpty() && row.hasFigures)
                    QVERIFY2(gui == csvRow[header.indexOf(figure)], qPrintable(where));
                if (c == ResultsModel::TestNumber) {
                    QVERIFY2(gui == course[0], qPrintable(where));
                    QVERIFY2(gui == csvRow[header.indexOf(u"no_test"_s)], qPrintable(where));
                } else if (c == ResultsModel::Concurrency) {
                    QVERIFY2(gui == course[1], qPrintable(where));
                    QVERIFY2(gui == details[1], qPrintable(where));
                } else if (c >= ResultsModel::TimeTaken && c <= ResultsModel::TransferRate) {
                    QVERIFY2(gui == course[2 + c - ResultsModel::TimeTaken], qPrintable(where));
                } else if (detailsColumns.contains(c)) {
                    QVERIFY2(gui == details[2 + detailsColumns.indexOf(c)], qPrintable(where));
                } else if (!ResultsModel::spreadKey(c).isEmpty()) {
                    // The spread over the repeats: the CSV's columns.
                    QString expected = u"-"_s;
                    if (row.hasFigures) {
                        expected = csvRow[header.indexOf(ResultsModel::spreadKey(c))];
                        if (c == ResultsModel::MedianCi)
                            expected += u"–"_s + csvRow[header.indexOf(u"rps_ci95_high"_s)];
                    }
                    QVERIFY2(gui == expected, qPrintable(where));
                } else if (c == ResultsModel::Target) {
                    QVERIFY2(gui == csvRow[header.indexOf(u"target_label"_s)], qPrintable(where));
                } else if (c == ResultsModel::Note) {
                    QVERIFY2(gui == details[8], qPrintable(where));
                } else {
                    QFAIL(qPrintable(u"column not compared: "_s + where));
                }
                ++compared;
            }
        }
        QCOMPARE(compared, int(sweep.rows.size()) * int(ResultsModel::ColumnCount));
    }
    // The drift this test exists for: sub-millisecond percentiles keep their
    // decimals, the client CPU is the report's, the note is the report's.
    ResultsModel model;
    model.setLanguage(lang);
    const SweepResult sweep = fixtureSweep();
    model.setRows(sweep.rows);
    QCOMPARE(model.index(0, ResultsModel::P50).data().toString(),
             ReportFigures::fixed(sweep.rows[0].result.latencyPercentileMs(50), 3));
    QVERIFY(model.index(2, ResultsModel::Note).data().toString().contains(u"client-bound"_s));
}

void tst_PresentationSource::sweepChartsAreTheExportedCharts_data()
{
    QTest::addColumn<bool>("logScale");
    QTest::addColumn<QString>("lang");
    QTest::newRow("linear, en") << false << u"en"_s;
    QTest::newRow("log, id") << true << u"id"_s;
}

void tst_PresentationSource::sweepChartsAreTheExportedCharts()
{
    QFETCH(bool, logScale);
    QFETCH(QString, lang);
    const SweepResult sweep = fixtureSweep();
    ResultsModel model;
    model.setRows(sweep.rows);
    SweepChartsWidget widget;
    widget.setLanguage(lang);
    widget.setLevels(sweep.config.levels);
    widget.setModel(&model);
    widget.setLogScale(logScale);
    widget.retranslate();

    const SweepChart rps = SweepChartRenderer::requestsPerSecondChart(sweep, lang, logScale);
    const SweepChart time = SweepChartRenderer::timePerRequestChart(sweep, lang, logScale);
    compareCharts(widget.rpsChart(), rps.chart.get());
    compareCharts(widget.timeChart(), time.chart.get());
    if (!logScale) {
        // What the exporter writes to PNG is this very chart.
        QCOMPARE(SweepChartRenderer::timePerRequest(sweep, lang),
                 ChartKit::renderImage(time.chart.get(), SweepChartRenderer::imageSize()));
    }

    // "Time per request (ms)" is the table's column: ab's "(mean, across all
    // concurrent requests)", for the GUI's chart as for the PNG.
    const QList<QXYSeries *> points = widget.timeSeries();
    const auto groups = MarkdownWriter::rowsByTarget(sweep);
    QCOMPARE(points.size(), groups.size());
    int checked = 0;
    for (int t = 0; t < groups.size(); ++t) {
        for (const QPointF &p : points[t]->points()) {
            const int level = sweep.config.levels.at(int(std::lround(p.x())));
            for (int r = 0; r < sweep.rows.size(); ++r) {
                const SweepRow &row = sweep.rows[r];
                if (row.targetKey != groups[t].first().targetKey || row.concurrency != level)
                    continue;
                QCOMPARE(p.y(), row.result.timePerRequestAcrossMs());
                QCOMPARE(model.index(r, ResultsModel::TimePerRequest).data().toString(),
                         ReportFigures::fixed(p.y(), 3));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, int(sweep.rows.size()) - 1); // the "-" row has no point
}

void tst_PresentationSource::runChartsAreTheRunCardCharts()
{
    const SweepResult sweep = fixtureSweep();
    RunDetailWidget detail;
    detail.setLanguage(u"en"_s);
    for (const SweepRow &row : sweep.rows) {
        detail.showRow(row);
        compareCharts(detail.latencyChart(), RunCardRenderer::latencyChart(row, u"en"_s).get());
        compareCharts(detail.timelineChart(), RunCardRenderer::throughputChart(row, u"en"_s).get());
    }

    // Latency is every point of the samples' curve (no whole ms), ab's table
    // marked on it, and the timeline is a rate per second, as on the PNG.
    SweepRow row = sweep.rows[0];
    row.result = ReportFixture::syntheticRun(10, 4000, 1.0, 7);
    detail.showRow(row);
    QList<QPointF> curve;
    QList<QPointF> marks;
    for (QAbstractSeries *series : detail.latencyChart()->series()) {
        if (series->type() == QAbstractSeries::SeriesTypeLine)
            curve = pointsOf(series);
        else if (series->type() == QAbstractSeries::SeriesTypeScatter)
            marks = pointsOf(series);
    }
    const auto expected = row.result.latencyCurve();
    QCOMPARE(curve.size(), row.result.samples.size() + 1);
    for (qsizetype i = 0; i < curve.size(); ++i)
        QCOMPARE(curve[i], QPointF(expected[i].first, expected[i].second));
    const auto table = row.result.percentiles();
    QCOMPARE(marks.size(), table.size());
    bool fractional = false;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        QCOMPARE(marks[i], QPointF(table[i].first, row.result.latencyPercentileMs(table[i].first)));
        fractional = fractional || marks[i].y() != std::floor(marks[i].y());
    }
    QVERIFY(fractional);
    const QList<RateBucket> buckets = row.result.rateTimeline();
    QVERIFY(buckets.size() > 30);
    bool rate = false;
    for (QAbstractSeries *series : detail.timelineChart()->series()) {
        if (series->name() != u"completed / s"_s)
            continue;
        const QList<QPointF> points = pointsOf(series);
        QCOMPARE(points.size(), 2 * buckets.size());
        // The first bucket: its count per its width, as requests per second.
        QCOMPARE(points[0].y(), buckets[0].completed / buckets[0].widthSec);
        rate = true;
    }
    QVERIFY(rate);
}

QTEST_MAIN(tst_PresentationSource)
#include "tst_presentationsource.moc"
