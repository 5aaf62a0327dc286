// The Live tab on its own, fed by hand as SweepRunner feeds it: every
// finished cell a point at (its level's step, its requests/s) in its target's
// series, each repeat a faint dot, a "-" cell a red marker at 0 that the
// legend and tooltip name, and the run in progress a star that follows
// runStarted and runProgress and leaves when the sweep ends.

#include "chartkit.h"
#include "livechart.h"
#include "runtimelinechart.h"
#include "uitestenv.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_LiveChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void idleBeforeAnySweep();
    void levelsOnTheAxis();
    void pointPerFinishedCell();
    void missingCellMarked();
    void currentRateMarkerMoves();
    void warmUpAndRepeatsNamed();
    void sweepEndClearsMarker();
    void rowsMissedAreTakenFromTheResult();

private:
    static SweepConfig config(const QList<int> &levels = {1, 5, 10, 30, 50, 75, 100});
    static RunResult run(double rps);
    static SweepRow row(int target, int level, const QList<double> &repeats);
    static SweepRow missingRow(int target, int level, const QString &reason);
    static SweepRunInfo info(int target, int level, int repeat = 0, int repeats = 1);
    static RunProgress progress(double rps);
    static QStringList visibleLegend(QChart *chart);

    QTemporaryDir m_home;
};

void tst_LiveChart::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTestEnv::isolate(m_home);
}

SweepConfig tst_LiveChart::config(const QList<int> &levels)
{
    SweepConfig config;
    config.targets = {SweepTarget::external(QStringLiteral("alpha"),
                                            QUrl(QStringLiteral("http://127.0.0.1:1/"))),
                      SweepTarget::external(QStringLiteral("beta"),
                                            QUrl(QStringLiteral("http://127.0.0.1:2/")))};
    config.levels = levels;
    return config;
}

RunResult tst_LiveChart::run(double rps)
{
    RunResult result;
    result.requested = 1000;
    result.complete = 1000;
    result.timeTakenSec = 1000 / rps;
    return result;
}

SweepRow tst_LiveChart::row(int target, int level, const QList<double> &repeats)
{
    SweepRow row;
    row.targetIndex = target;
    row.targetLabel = target == 0 ? QStringLiteral("alpha") : QStringLiteral("beta");
    row.targetKey = row.targetLabel;
    row.concurrency = level;
    row.hasFigures = true;
    for (double rps : repeats)
        row.repeats << run(rps);
    // The shown run: the median repeat, as the sweep picks it.
    QList<double> sorted = repeats;
    std::sort(sorted.begin(), sorted.end());
    row.shownRepeat = int(repeats.indexOf(sorted.at(sorted.size() / 2)));
    row.result = row.repeats.at(row.shownRepeat);
    return row;
}

SweepRow tst_LiveChart::missingRow(int target, int level, const QString &reason)
{
    SweepRow row;
    row.targetIndex = target;
    row.targetLabel = target == 0 ? QStringLiteral("alpha") : QStringLiteral("beta");
    row.targetKey = row.targetLabel;
    row.concurrency = level;
    row.hasFigures = false;
    row.reason = reason;
    return row;
}

SweepRunInfo tst_LiveChart::info(int target, int level, int repeat, int repeats)
{
    SweepRunInfo info;
    info.targetIndex = target;
    info.targetLabel = target == 0 ? QStringLiteral("alpha") : QStringLiteral("beta");
    info.concurrency = level;
    info.repeat = repeat;
    info.repeats = repeats;
    return info;
}

RunProgress tst_LiveChart::progress(double rps)
{
    RunProgress progress;
    progress.total = 1000;
    progress.done = 500;
    progress.elapsedSec = 0.05;
    progress.currentRps = rps;
    return progress;
}

QStringList tst_LiveChart::visibleLegend(QChart *chart)
{
    // The legend's markers are visible once the chart is on screen.
    QWidget *window = chart->scene()->views().value(0)->window();
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return {};
    QCoreApplication::processEvents(); // the legend lays out new series' markers
    QStringList names;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->isVisible())
            names << marker->label();
    }
    return names;
}

void tst_LiveChart::idleBeforeAnySweep()
{
    LiveChart live;
    QCOMPARE(live.cellCount(), 0);
    QCOMPARE(live.currentSeries()->count(), 0);
    QVERIFY(live.statusText().contains(QStringLiteral("No sweep yet")));
}

void tst_LiveChart::levelsOnTheAxis()
{
    LiveChart live;
    live.startSweep(config());
    const auto axes = live.sweepChart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto axis = qobject_cast<QCategoryAxis *>(axes.first());
    QVERIFY(axis);
    // One evenly spaced step per level, so 1 and 5 are as readable as 75 and 100.
    QCOMPARE(axis->categoriesLabels(),
             QStringList({u"1"_s, u"5"_s, u"10"_s, u"30"_s, u"50"_s, u"75"_s, u"100"_s}));
    QCOMPARE(axis->endValue(QStringLiteral("75")), 5.0);
    // A new sweep's levels replace the old ones.
    live.startSweep(config({2, 4}));
    QCOMPARE(axis->categoriesLabels(), QStringList({u"2"_s, u"4"_s}));
    // One line per target, in the sweep charts' colours, before any cell.
    QCOMPARE(live.cellSeries().size(), 2);
    QCOMPARE(live.cellSeries().at(0)->color(), ChartKit::seriesColor(0));
    QCOMPARE(live.cellSeries().at(1)->color(), ChartKit::seriesColor(1));
    const QStringList legend = visibleLegend(live.sweepChart());
    QVERIFY2(legend.contains(QStringLiteral("alpha")) && legend.contains(QStringLiteral("beta")),
             qPrintable(legend.join(u", ")));
}

void tst_LiveChart::pointPerFinishedCell()
{
    LiveChart live;
    live.startSweep(config());
    live.addRow(row(0, 1, {1000}));
    live.addRow(row(1, 1, {800}));
    live.addRow(row(0, 5, {3000, 2000, 4000}));
    QCOMPARE(live.cellCount(), 3);
    QCOMPARE(live.missingCellCount(), 0);
    QList<QXYSeries *> cells = live.cellSeries();
    QCOMPARE(cells.size(), 2);
    QCOMPARE(cells.at(0)->count(), 2);
    QCOMPARE(cells.at(1)->count(), 1);
    // x: the level's step; y: the row's shown run (the median of the repeats).
    QCOMPARE(cells.at(0)->at(0), QPointF(0, 1000));
    QCOMPARE(cells.at(0)->at(1), QPointF(1, 3000));
    QCOMPARE(cells.at(1)->at(0), QPointF(0, 800));
    // Each repeat of a repeated cell: one faint dot each.
    QCOMPARE(live.repeatSeries().at(0)->count(), 3);
    QCOMPARE(live.repeatSeries().at(1)->count(), 0);
    QVERIFY(visibleLegend(live.sweepChart()).contains(QStringLiteral("Each repeat")));
    // The axis holds the highest point.
    auto y = qobject_cast<QValueAxis *>(live.sweepChart()->axes(Qt::Vertical).first());
    QVERIFY(y && y->max() >= 4000);
    // Hovering a point names its cell.
    emit cells.at(0)->hovered(cells.at(0)->at(1), true);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("alpha, c = 5: 3000.00 requests/s")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("median of 3")));
}

void tst_LiveChart::missingCellMarked()
{
    LiveChart live;
    live.startSweep(config());
    live.addRow(row(1, 1, {800}));
    QVERIFY(!visibleLegend(live.sweepChart()).join(u' ').contains(QStringLiteral("(-)")));
    live.addRow(missingRow(1, 5, QStringLiteral("apr_socket_recv: Connection refused (111)")));
    QCOMPARE(live.cellCount(), 2);
    QCOMPARE(live.missingCellCount(), 1);
    // No point in the target's line, a red marker at 0 instead.
    QCOMPARE(live.cellSeries().at(1)->count(), 1);
    QXYSeries *missing = live.missingSeries().at(1);
    QCOMPARE(missing->count(), 1);
    QCOMPARE(missing->at(0), QPointF(1, 0));
    QCOMPARE(missing->color(), ChartKit::failureColor());
    QCOMPARE(live.missingSeries().at(0)->count(), 0);
    // The legend says what the red marker means, once.
    const QStringList legend = visibleLegend(live.sweepChart());
    QVERIFY2(legend.filter(QStringLiteral("No figures (-)")).size() == 1,
             qPrintable(legend.join(u", ")));
    // The tooltip says why.
    emit missing->hovered(missing->at(0), true);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("beta, c = 5: no figures (-)")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Connection refused")));
}

void tst_LiveChart::currentRateMarkerMoves()
{
    LiveChart live;
    live.startSweep(config());
    QXYSeries *current = live.currentSeries();
    live.runStarted(info(0, 1));
    QCOMPARE(current->count(), 0); // no rate yet
    live.addProgress(progress(1234.4));
    QCOMPARE(current->count(), 1);
    QCOMPARE(current->at(0), QPointF(0, 1234));
    QCOMPARE(current->color(), ChartKit::seriesColor(0));
    QVERIFY2(live.statusText().contains(QStringLiteral("alpha, c = 1: 1234 requests/s")),
             qPrintable(live.statusText()));
    live.addProgress(progress(1500));
    QCOMPARE(current->at(0), QPointF(0, 1500));
    QVERIFY(live.pointCount() == 2); // the run's own time line still follows it

    // The next run: another target at another level.
    live.runStarted(info(1, 30));
    QCOMPARE(live.pointCount(), 0);
    live.addProgress(progress(5000));
    current = live.currentSeries(); // a finished cell may rebuild the series
    QCOMPARE(current->count(), 1);
    QCOMPARE(current->at(0), QPointF(3, 5000));
    QCOMPARE(current->color(), ChartKit::seriesColor(1));
    QVERIFY(live.statusText().contains(QStringLiteral("beta, c = 30: 5000 requests/s")));
    // A finished cell keeps the marker where it is.
    live.addRow(row(0, 1, {1400}));
    QCOMPARE(live.currentSeries()->count(), 1);
    QCOMPARE(live.currentSeries()->at(0), QPointF(3, 5000));
    // It is drawn over the cells: the last series.
    QCOMPARE(live.sweepChart()->series().last(), live.currentSeries());
    QVERIFY(visibleLegend(live.sweepChart()).contains(QStringLiteral("Run in progress")));
    QVERIFY(live.currentSeries()->pointLabelsVisible());
    // The y axis takes in a burst of the run in progress, and lets it go
    // when the next run starts.
    auto y = qobject_cast<QValueAxis *>(live.sweepChart()->axes(Qt::Vertical).first());
    live.addProgress(progress(50000));
    QVERIFY(y->max() >= 50000);
    live.runStarted(info(0, 30));
    QVERIFY2(y->max() < 50000, qPrintable(QString::number(y->max())));
    QVERIFY(y->max() >= 1400);
}

void tst_LiveChart::warmUpAndRepeatsNamed()
{
    LiveChart live;
    live.startSweep(config());
    live.runStarted(info(0, 1, -1, 3));
    live.addProgress(progress(900));
    QVERIFY2(live.statusText().contains(QStringLiteral("warm-up")), qPrintable(live.statusText()));
    // Hollow: a warm-up is not counted.
    QCOMPARE(live.currentSeries()->color(), ChartKit::paperColor());
    QVERIFY(live.timeline()->chart()->title().contains(QStringLiteral("warm-up")));
    live.runStarted(info(1, 10, 1, 3));
    live.addProgress(progress(900));
    QVERIFY2(live.statusText().contains(QStringLiteral("beta, c = 10, repeat 2 of 3")),
             qPrintable(live.statusText()));
    QCOMPARE(live.currentSeries()->color(), ChartKit::seriesColor(1));
}

void tst_LiveChart::sweepEndClearsMarker()
{
    LiveChart live;
    live.startSweep(config({1, 10}));
    live.runStarted(info(0, 10));
    live.addProgress(progress(700));
    QCOMPARE(live.currentSeries()->count(), 1);
    SweepResult result;
    result.config = config({1, 10});
    result.rows = {row(0, 1, {500}), missingRow(0, 10, QStringLiteral("refused"))};
    live.addRow(result.rows.at(0));
    live.addRow(result.rows.at(1));
    live.sweepFinished(result);
    QCOMPARE(live.currentSeries()->count(), 0);
    QVERIFY(!live.currentSeries()->pointLabelsVisible()); // no label left behind
    QVERIFY(!visibleLegend(live.sweepChart()).contains(QStringLiteral("Run in progress")));
    QCOMPARE(live.cellCount(), 2);
    QVERIFY2(live.statusText().contains(QStringLiteral("Sweep finished: 2 cells, 1 without")),
             qPrintable(live.statusText()));
    // A progress after the end (a queued straggler) does not bring it back.
    live.addProgress(progress(700));
    QCOMPARE(live.currentSeries()->count(), 0);
    // A new sweep starts empty.
    live.startSweep(config());
    QCOMPARE(live.cellCount(), 0);
    QCOMPARE(live.cellSeries().at(0)->count(), 0);
    QCOMPARE(live.missingSeries().at(0)->count(), 0);
}

void tst_LiveChart::rowsMissedAreTakenFromTheResult()
{
    LiveChart live;
    live.startSweep(config({1, 10}));
    SweepResult result;
    result.cancelled = true;
    result.rows = {row(0, 1, {500}), row(1, 1, {600})};
    live.sweepFinished(result);
    QCOMPARE(live.cellCount(), 2);
    QCOMPARE(live.cellSeries().at(1)->at(0), QPointF(0, 600));
    QVERIFY(live.statusText().contains(QStringLiteral("Sweep cancelled: 2 cells")));
}

QTEST_MAIN(tst_LiveChart)
#include "tst_livechart.moc"
