// The window before any sweep says what to do: the Live and Charts tabs
// explain F5 and the two embedded models, the progress bars say "No sweep
// yet" rather than "0 / 1", the toolbar names its servers manual; once a
// sweep is shown, the explanations give way. The results table's columns fit
// their contents, the Note column takes the room left, and every cell's
// tooltip has its whole text.

#include "livechart.h"
#include "mainwindow.h"
#include "resultsmodel.h"
#include "resultstableview.h"
#include "runtimelinechart.h"
#include "serverstoolbar.h"
#include "sweepchartswidget.h"
#include "sweepstore.h"
#include "uitestenv.h"

#include <QAction>
#include <QChart>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QValueAxis>
#include <QtTest>

#include <cmath>

class tst_FirstLaunch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void explainsBeforeFirstSweep();
    void emptyChartsHaveRoundTicks();
    void resultsColumnsAndTooltips();

private:
    QTemporaryDir m_home;
};

void tst_FirstLaunch::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTestEnv::isolate(m_home);
}

void tst_FirstLaunch::explainsBeforeFirstSweep()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LiveChart *live = window.liveChart();
    QVERIFY(live->isIntroShown());
    for (const QString &text : {live->introText(), window.chartsWidget()->introText()}) {
        QVERIFY2(text.contains(QStringLiteral("F5")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Run Sweep")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("one QTcpServer event loop serves every connection")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("one QThread per connection")), qPrintable(text));
        // All four embedded models, not the first two only.
        QVERIFY2(text.contains(QStringLiteral("The four embedded servers")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<b>Thread pool</b>: a fixed set of worker threads")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<b>Loop per core</b>: one event loop per core")),
                 qPrintable(text));
    }
    QVERIFY(window.chartsWidget()->isIntroShown());
    for (const char *name : {"overallProgress", "currentProgress"}) {
        auto bar = window.findChild<QProgressBar *>(QString::fromLatin1(name));
        QVERIFY(bar);
        QCOMPARE(bar->text(), QStringLiteral("No sweep run yet"));
    }
    auto title = window.findChild<QLabel *>(QStringLiteral("manualServersLabel"));
    QVERIFY(title);
    QVERIFY(title->text().startsWith(QStringLiteral("Manual servers")));
    const QString tip = window.serversToolBar()->toggleAction(ServerModel::EventDriven)->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("the sweep starts its own")), qPrintable(tip));

    // A sweep shown: the explanations give way, the bars count.
    SweepResult sweep;
    sweep.config = SweepConfig::defaults();
    sweep.config.levels = {1};
    QString error;
    const QString path = SweepStore::save(sweep, m_home.filePath(QStringLiteral("one")), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QVERIFY(window.openSweep(path));
    QVERIFY(!window.chartsWidget()->isIntroShown());
    QVERIFY(!live->isIntroShown()); // the Live tab shows the opened sweep too
    // The bars are about runs in this window: an opened sweep ran elsewhere.
    for (const char *name : {"overallProgress", "currentProgress"})
        QCOMPARE(window.findChild<QProgressBar *>(QString::fromLatin1(name))->text(),
                 QStringLiteral("No sweep run yet"));
}

void tst_FirstLaunch::emptyChartsHaveRoundTicks()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every value axis of the Live tab: round ticks, labels with exactly the
    // step's decimals (never "0.3" for 0.25 nor "1, 1, 1, 0, 0, 0").
    QList<QValueAxis *> axes;
    for (QChart *chart :
         {window.liveChart()->sweepChart(), window.liveChart()->timeline()->chart()}) {
        for (QAbstractAxis *axis : chart->axes()) {
            if (axis->type() == QAbstractAxis::AxisTypeValue) // not the levels' QCategoryAxis
                axes << static_cast<QValueAxis *>(axis);
        }
    }
    QVERIFY(axes.size() >= 4); // requests/s above; time, requests/s, failed below
    for (QValueAxis *axis : axes) {
        const double step = axis->tickType() == QValueAxis::TicksDynamic
                ? axis->tickInterval()
                : (axis->max() - axis->min()) / (axis->tickCount() - 1);
        QVERIFY(step > 0);
        const QString first = QString::asprintf(qPrintable(axis->labelFormat()), axis->min());
        const QString second
                = QString::asprintf(qPrintable(axis->labelFormat()), axis->min() + step);
        QVERIFY2(first != second,
                 qPrintable(axis->titleText() + QStringLiteral(": ") + first
                            + QStringLiteral(" twice")));
        // The step is 1, 2, 2.5 or 5 times a power of ten.
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        QVERIFY2(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6
                         || std::abs(mantissa - 2.5) < 1e-6 || std::abs(mantissa - 5) < 1e-6,
                 qPrintable(axis->titleText() + QStringLiteral(": step ") + QString::number(step)));
    }
}

void tst_FirstLaunch::resultsColumnsAndTooltips()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SweepResult sweep;
    sweep.config = SweepConfig::defaults();
    sweep.config.levels = {1};
    SweepRow row;
    row.targetIndex = 0;
    row.targetKey = sweep.config.targets.at(0).key;
    row.targetLabel = sweep.config.targets.at(0).label;
    row.concurrency = 1;
    row.reason = QStringLiteral("Connection refused by the server at 127.0.0.1:1 after three "
                                "attempts, so this cell has no figures at all");
    sweep.rows << row;
    QString error;
    const QString path = SweepStore::save(sweep, m_home.filePath(QStringLiteral("two")), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QVERIFY(window.openSweep(path));

    ResultsTableView *table = window.resultsView();
    QHeaderView *header = table->horizontalHeader();
    // Each column at least as wide as its text and its header.
    for (int column = 0; column < ResultsModel::Note; ++column) {
        const QString text = table->model()->index(0, column).data().toString();
        QVERIFY2(header->sectionSize(column) >= table->fontMetrics().horizontalAdvance(text),
                 qPrintable(text));
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QString::number(column)));
    }
    // The Note column reaches the view's right edge (or beyond, scrolling).
    QVERIFY(header->sectionViewportPosition(ResultsModel::Note)
                    + header->sectionSize(ResultsModel::Note)
            >= table->viewport()->width() - 1);
    QVERIFY(header->sectionSize(ResultsModel::Note) > 100);

    // Tooltips: the whole note, and any cell's text under its column's name.
    const QAbstractItemModel *model = table->model();
    const QString note = model->index(0, ResultsModel::Note).data().toString();
    QVERIFY(!note.isEmpty());
    QCOMPARE(model->index(0, ResultsModel::Note).data(Qt::ToolTipRole).toString(), note);
    const QString tip = model->index(0, ResultsModel::Target).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(model->index(0, ResultsModel::Target).data().toString()),
             qPrintable(tip));
    QVERIFY2(tip.contains(note), qPrintable(tip));
    QVERIFY(!model->headerData(ResultsModel::Complete, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
}

QTEST_MAIN(tst_FirstLaunch)
#include "tst_firstlaunch.moc"
