// The pool's size on the sweep charts (issue 16): a dashed "pool N" line at
// c = N on the requests/s and time per request charts, the same in the GUI's
// charts and in the exported PNGs, and none where no level exceeds the pool
// or no target is the pool.

#include "../report/reportfixture.h"
#include "chartkit.h"
#include "reportexporter.h"
#include "reportoptions.h"
#include "reportpaths.h"
#include "resultsmodel.h"
#include "sweepchartrenderer.h"
#include "sweepchartswidget.h"
#include "uitestenv.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Time per request growing with c.
SweepResult poolSweep(int workers, const QList<int> &levels)
{
    return ReportFixture::poolSweep(workers, levels, [](int t, int c) {
        RunResult r;
        r.requested = r.complete = 1000;
        r.concurrency = c;
        r.timeTakenSec = (t == 0 ? 0.5 : 0.4) + 0.01 * c;
        return r;
    });
}

QList<QLineSeries *> markers(QChart *chart)
{
    QList<QLineSeries *> found;
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        // "pool 8", not the pool target's own line ("pool (fixed worker ...").
        static const QRegularExpression name(u"^pool \\d+$"_s);
        if (name.match(s->name()).hasMatch())
            found << qobject_cast<QLineSeries *>(s);
    }
    return found;
}

// Dark (ink) pixels in the column at x, inside the plot area.
int inkPixels(const QImage &image, int x, const QRectF &plot)
{
    int count = 0;
    for (int y = int(plot.top()) + 2; y < int(plot.bottom()) - 2; ++y) {
        const QColor pixel = image.pixelColor(x, y);
        if (pixel.red() < 0x70 && pixel.green() < 0x70 && pixel.blue() < 0x70)
            ++count;
    }
    return count;
}

} // namespace

class tst_PoolMarker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase();
    void marker_data();
    void marker();
    void noMarker_data();
    void noMarker();
    void exportedPngShowsIt();
    void guiChartsShowIt();
};

void tst_PoolMarker::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTestEnv::isolate(m_home);
}

void tst_PoolMarker::marker_data()
{
    QTest::addColumn<QList<int>>("levels");
    QTest::addColumn<int>("workers");
    QTest::addColumn<double>("x");
    const QList<int> seed {1, 5, 10, 30, 50, 75, 100};
    QTest::newRow("between 5 and 10") << seed << 8 << 1.6;
    QTest::newRow("on a level") << seed << 30 << 3.0;
    QTest::newRow("before the first") << QList<int> {10, 20} << 4 << -0.25;
    QTest::newRow("test sweep") << QList<int> {1, 6} << 2 << 0.2;
}

void tst_PoolMarker::marker()
{
    QFETCH(QList<int>, levels);
    QFETCH(int, workers);
    QFETCH(double, x);
    const SweepResult sweep = poolSweep(workers, levels);
    for (bool log : {false, true}) {
        SweepChart charts[] = {SweepChartRenderer::requestsPerSecondChart(sweep, u"en"_s, log),
                               SweepChartRenderer::timePerRequestChart(sweep, u"id"_s, log)};
        for (SweepChart &built : charts) {
            const QList<QLineSeries *> found = markers(built.chart.get());
            QCOMPARE(found.size(), 1);
            QLineSeries *line = found.first();
            QVERIFY(line);
            QCOMPARE(line->name(), u"pool "_s + QString::number(workers));
            QCOMPARE(line->pen().style(), Qt::DashLine);
            QCOMPARE(line->count(), 2);
            QCOMPARE(line->at(0).x(), x);
            QCOMPARE(line->at(1).x(), x);
            QVERIFY(line->at(1).y() > line->at(0).y()); // bottom to top
            // The targets' lines are still the chart's points; the marker is not one.
            QCOMPARE(built.points.size(), 2);
            QVERIFY(!built.points.contains(line));
        }
    }
    // Failures have nothing to do with the pool's size.
    const SweepChart failed = SweepChartRenderer::failedRequestsChart(sweep, u"en"_s);
    QVERIFY(markers(failed.chart.get()).isEmpty());
}

void tst_PoolMarker::noMarker_data()
{
    QTest::addColumn<int>("workers");
    QTest::newRow("no pool size") << 0;
    QTest::newRow("pool as large as the top level") << 100;
    QTest::newRow("pool larger than every level") << 200;
}

void tst_PoolMarker::noMarker()
{
    QFETCH(int, workers);
    const SweepResult sweep = poolSweep(workers, {1, 5, 10, 30, 50, 75, 100});
    const SweepChart rps = SweepChartRenderer::requestsPerSecondChart(sweep, u"en"_s);
    const SweepChart time = SweepChartRenderer::timePerRequestChart(sweep, u"en"_s);
    QVERIFY(markers(rps.chart.get()).isEmpty());
    QVERIFY(markers(time.chart.get()).isEmpty());
}

void tst_PoolMarker::exportedPngShowsIt()
{
    // The exporter's PNG, read back from the file: a dashed dark column at
    // the marker's x, and no such column in the same sweep without the pool.
    const SweepResult sweep = poolSweep(8, {1, 5, 10, 30, 50, 75, 100});
    QTemporaryDir out;
    QVERIFY(out.isValid());
    ReportOptions options;
    options.outDir = out.path();
    options.lang = u"en"_s;
    QString error;
    QVERIFY2(ReportExporter::exportSweep(sweep, options, &error), qPrintable(error));

    SweepChart built = SweepChartRenderer::timePerRequestChart(sweep, u"en"_s);
    const QImage rendered
            = ChartKit::renderImage(built.chart.get(), SweepChartRenderer::imageSize());
    QLineSeries *line = markers(built.chart.get()).value(0);
    QVERIFY(line);
    const QPointF top = built.chart->mapToPosition(line->at(1), line);
    const QPointF bottom = built.chart->mapToPosition(line->at(0), line);
    const int x = qRound(top.x());
    const QRectF plot = built.chart->plotArea();
    QVERIFY(plot.contains(QPointF(x, plot.center().y())));

    const QImage png(QDir(out.path()).filePath(ReportPaths::timePerRequestChart()));
    QCOMPARE(png.size(), SweepChartRenderer::imageSize());
    QCOMPARE(png.convertToFormat(QImage::Format_RGB32),
             rendered.convertToFormat(QImage::Format_RGB32));
    const int withMarker = std::max(
            {inkPixels(png, x - 1, plot), inkPixels(png, x, plot), inkPixels(png, x + 1, plot)});
    // Dashes: a good part of the plot's height, not all of it.
    QVERIFY2(withMarker > (bottom.y() - top.y()) / 4, qPrintable(QString::number(withMarker)));
    QVERIFY2(withMarker < (bottom.y() - top.y()) * 0.9, qPrintable(QString::number(withMarker)));

    SweepResult noPool = sweep;
    for (SweepRow &row : noPool.rows)
        row.poolWorkers = 0;
    const QImage plain = SweepChartRenderer::timePerRequest(noPool, u"en"_s);
    const int without = std::max({inkPixels(plain, x - 1, plot), inkPixels(plain, x, plot),
                                  inkPixels(plain, x + 1, plot)});
    QVERIFY2(without < withMarker / 4, qPrintable(u"%1 vs %2"_s.arg(without).arg(withMarker)));
}

void tst_PoolMarker::guiChartsShowIt()
{
    // The GUI draws from ResultsModel's rows (no config): the rows carry N.
    const SweepResult sweep = poolSweep(8, {1, 5, 10, 30});
    ResultsModel model;
    SweepChartsWidget widget;
    widget.setModel(&model);
    widget.setLevels(sweep.config.levels);
    model.setRows(sweep.rows);
    for (QChart *chart : {widget.rpsChart(), widget.timeChart()}) {
        const QList<QLineSeries *> found = markers(chart);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->name(), u"pool 8"_s);
        QCOMPARE(found.first()->at(0).x(), 1.6);
    }
    // The Note column of the results table: the report's note, past the pool only.
    model.setLanguage(u"en"_s);
    for (int r = 0; r < model.rowCount(); ++r) {
        const SweepRow &row = model.sweepRow(r);
        const QString note = model.index(r, ResultsModel::Note).data().toString();
        const bool past = row.targetKey == u"pool" && row.concurrency > 8;
        QCOMPARE(note.contains(u"> pool 8: "_s), past);
        if (past)
            QVERIFY2(note.contains(u"climbs in steps of 8 clients"_s), qPrintable(note));
    }
    model.setRows(poolSweep(0, {1, 5, 10, 30}).rows);
    QVERIFY(markers(widget.timeChart()).isEmpty());
}

QTEST_MAIN(tst_PoolMarker)
#include "tst_poolmarker.moc"
