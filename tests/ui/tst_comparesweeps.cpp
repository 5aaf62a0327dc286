// File > Compare and File > Recent sweeps: two saved sweeps chosen in the
// compare dialog overlay in the results table, the charts and the export,
// without being saved as a sweep of their own; unreadable files are named;
// comparing waits while a sweep runs; the Recent list says which sweep each
// entry is.

#include "comparedialog.h"
#include "configpanel.h"
#include "externaltargetseditor.h"
#include "mainwindow.h"
#include "resultsmodel.h"
#include "sweepchartswidget.h"
#include "sweepstore.h"
#include "uitestenv.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QXYSeries>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

RunResult run(int concurrency, double seconds)
{
    RunResult r;
    r.engine = u"socket"_s;
    r.url = u"http://127.0.0.1:8080/"_s;
    r.requested = 100;
    r.concurrency = concurrency;
    r.timeTakenSec = seconds;
    r.complete = 100;
    r.documentLength = 31;
    r.totalTransferred = 12200;
    r.htmlTransferred = 3100;
    return r;
}

// Both embedded targets, three repeats per cell, as a finished sweep saves them.
SweepResult sweep(const QString &title, const QList<int> &levels, double seconds,
                  const QDateTime &startedAt)
{
    SweepResult result;
    result.config.title = title;
    result.config.levels = levels;
    result.config.requests = 100;
    result.config.repeats = 3;
    result.config.targets = {SweepTarget::embedded(ServerModel::EventDriven),
                             SweepTarget::embedded(ServerModel::ThreadPerConnection)};
    result.startedAt = startedAt;
    result.finishedAt = result.startedAt.addSecs(10);
    for (int t = 0; t < result.config.targets.size(); ++t) {
        for (int level : levels) {
            SweepRow row;
            row.targetIndex = t;
            row.targetKey = result.config.targets.at(t).key;
            row.targetLabel = result.config.targets.at(t).label;
            row.concurrency = level;
            row.hasFigures = true;
            row.repeats
                    = {run(level, seconds), run(level, seconds * 1.1), run(level, seconds * 0.9)};
            row.shownRepeat = 1;
            row.result = row.repeats.at(1);
            result.rows << row;
        }
    }
    return result;
}

} // namespace

class tst_CompareSweeps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void recentMenuSaysWhichSweep();
    void compareTwoSavedSweeps();
    void unreadableFilesAreNamed();
    void compareRefusedWhileRunning();

private:
    template<typename T> static T *child(QWidget &window, const char *name)
    {
        T *widget = window.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QTemporaryDir m_home;
    QString m_before;
    QString m_after;
};

void tst_CompareSweeps::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTestEnv::isolate(m_home);
    QString error;
    m_before = SweepStore::save(
            sweep(u"before"_s, {1, 10}, 0.2, QDateTime::currentDateTime().addSecs(-3600)), {},
            &error);
    QVERIFY2(!m_before.isEmpty(), qPrintable(error));
    m_after = SweepStore::save(
            sweep(u"after & pool"_s, {10, 50}, 0.1, QDateTime::currentDateTime()), {}, &error);
    QVERIFY2(!m_after.isEmpty(), qPrintable(error));
}

void tst_CompareSweeps::recentMenuSaysWhichSweep()
{
    MainWindow window;
    auto recent = window.findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent);
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 2);
    QStringList texts;
    QStringList paths;
    for (const QAction *action : recent->actions()) {
        texts << action->text();
        paths << action->toolTip();
    }
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"before · async, thread · c 1,10 · n 100"_s), qPrintable(all));
    // "&" in a title stays text, not a mnemonic.
    QVERIFY2(all.contains(u"after && pool · async, thread · c 10,50 · n 100"_s), qPrintable(all));
    QVERIFY(paths.contains(m_before));
    QVERIFY(paths.contains(m_after));
}

void tst_CompareSweeps::compareTwoSavedSweeps()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *compare = window.findChild<QAction *>(u"compareSweepsAction"_s);
    QVERIFY(compare);
    QVERIFY(compare->isEnabled());

    QPointer<CompareDialog> dialog = window.openCompareDialog();
    QVERIFY(dialog);
    QListWidget *list = dialog->list();
    QCOMPARE(list->count(), 2);
    auto ok = dialog->findChild<QPushButton *>(u"compareButton"_s);
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled());
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(!ok->isEnabled()); // one sweep is nothing to compare
    // The keyboard checks one too: Space on the current row.
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog->checkedPaths().size(), 2);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull()); // accepted, and deleted on close

    // The table: every row of both sweeps, each target named after its sweep.
    ResultsModel *model = window.resultsModel();
    QCOMPARE(model->rowCount(), 8);
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!keys.contains(model->sweepRow(row).targetKey))
            keys << model->sweepRow(row).targetKey;
    }
    keys.sort();
    QCOMPARE(keys,
             QStringList({u"async · after & pool"_s, u"async · before"_s,
                          u"thread · after & pool"_s, u"thread · before"_s}));
    QCOMPARE(window.currentSweep().config.levels, QList<int>({1, 10, 50}));

    // The charts: a series per target of both sweeps.
    window.showTab(MainWindow::ChartsTab);
    const QList<QXYSeries *> series = window.chartsWidget()->rpsSeries();
    QCOMPARE(series.size(), 4);
    QStringList names;
    for (const QXYSeries *line : series)
        names << line->name();
    const QString allNames = names.join(u'\n');
    QCOMPARE(allNames.count(u"· before"_s), 2);
    QCOMPARE(allNames.count(u"· after & pool"_s), 2);
    QVERIFY2(!window.chartsWidget()->verdictText().isEmpty(), "no verdicts");
    QVERIFY2(window.windowTitle().startsWith(u"Comparison: "_s), qPrintable(window.windowTitle()));

    // Not saved as a sweep of its own, but exported like one.
    QCOMPARE(SweepStore::list().size(), 2);
    QTemporaryDir out;
    QString error;
    QVERIFY2(window.exportReport(out.path(), &error), qPrintable(error));
    QFile markdown(out.filePath(u"benchmark.md"_s));
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(markdown.readAll());
    QVERIFY2(report.startsWith(u"# Comparison: before / after & pool"_s),
             qPrintable(report.left(200)));
    QVERIFY(report.contains(u"· before"_s));
    QVERIFY(report.contains(u"· after & pool"_s));
    const QStringList cards = QDir(out.filePath(u"dokumentasi"_s))
                                      .entryList({u"*_1.png"_s, u"*_10.png"_s, u"*_50.png"_s});
    QCOMPARE(cards.size(), 8);
    QCOMPARE(SweepStore::list().size(), 2);
}

void tst_CompareSweeps::unreadableFilesAreNamed()
{
    QFile broken(SweepStore::defaultDirectory() + u"/20000101-000000-000.json"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    const QString brokenPath = QFileInfo(broken).absoluteFilePath();

    MainWindow window;
    QPointer<CompareDialog> dialog = window.openCompareDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->count(), 3);
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < dialog->list()->count(); ++i) {
        if (dialog->list()->item(i)->text().contains(u"cannot be read"_s))
            item = dialog->list()->item(i);
    }
    QVERIFY(item);
    QVERIFY(!(item->flags() & Qt::ItemIsUserCheckable));
    QVERIFY2(item->toolTip().contains(u"not JSON"_s), qPrintable(item->toolTip()));
    QVERIFY(!dialog->addFile(brokenPath));
    QVERIFY(dialog->checkedPaths().isEmpty());
    dialog->reject();

    auto recent = window.findChild<QMenu *>(u"recentMenu"_s);
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 3);
    const QAction *unreadable = nullptr;
    for (const QAction *action : recent->actions()) {
        if (action->text().contains(u"cannot be read"_s))
            unreadable = action;
    }
    QVERIFY(unreadable);
    QVERIFY2(unreadable->toolTip().contains(brokenPath), qPrintable(unreadable->toolTip()));

    QString error;
    QVERIFY(!window.compareSweeps({m_before, brokenPath}, &error));
    QVERIFY2(error.contains(brokenPath), qPrintable(error));
    QVERIFY(!window.hasSweep());
    QVERIFY(!window.compareSweeps({m_before}, &error));
    QVERIFY(QFile::remove(brokenPath));
}

void tst_CompareSweeps::compareRefusedWhileRunning()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    child<QCheckBox>(window, "asyncCheck")->setChecked(true);
    child<QCheckBox>(window, "threadCheck")->setChecked(false);
    child<QSpinBox>(window, "asyncPortSpin")->setValue(0);
    ExternalTargetsEditor *externals = window.configPanel()->externalEditor();
    while (externals->rowCount() > 0)
        externals->removeRow(0);
    child<QSpinBox>(window, "requestsSpin")->setValue(1000000);
    child<QSpinBox>(window, "repeatsSpin")->setValue(1);
    child<QLineEdit>(window, "levelsEdit")->setText(u"1"_s);
    QSignalSpy finished(&window, &MainWindow::sweepFinished);
    window.startSweep();
    QVERIFY(window.isSweepRunning());

    QAction *compare = window.findChild<QAction *>(u"compareSweepsAction"_s);
    QVERIFY(!compare->isEnabled());
    QVERIFY(!window.openCompareDialog());
    QString error;
    QVERIFY(!window.compareSweeps({m_before, m_after}, &error));
    QVERIFY(!error.isEmpty());

    window.cancelSweep();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(compare->isEnabled());
}

QTEST_MAIN(tst_CompareSweeps)
#include "tst_comparesweeps.moc"
