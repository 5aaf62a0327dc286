// Closing the window while a sweep runs asks first: "Keep running" leaves the
// sweep going; "Stop and quit" cancels it, autosaves the finished rows and
// closes. Cancel is a tab stop while the sweep runs. A real sweep over both
// embedded servers.

#include "configpanel.h"
#include "levellist.h"
#include "mainwindow.h"
#include "resultsmodel.h"
#include "sweepstore.h"
#include "uitestenv.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>

#include <algorithm>
#include <memory>

class tst_CloseMidSweep : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keepRunningThenStopAndQuit();
    void sweepEndingWhileAskingKeepsWindow();

private:
    // Both embedded servers on free ports, repeats 1, socket engine.
    static void configure(MainWindow &window, const QString &levels, int requests);
    static QMessageBox *askBox(MainWindow &window);
    template<typename T> static T *child(QWidget &window, const char *name)
    {
        T *widget = window.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QTemporaryDir m_home;
};

void tst_CloseMidSweep::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTestEnv::isolate(m_home);
}

void tst_CloseMidSweep::configure(MainWindow &window, const QString &levels, int requests)
{
    // The sweep as the GUI's command line would give it: both embedded
    // servers (on the fields' free ports), socket engine, one repeat.
    SweepConfig config = SweepConfig::defaults();
    QString error;
    config.levels = LevelList::parse(levels, &error).value_or(QList<int> {});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    config.requests = requests;
    config.repeats = 1;
    config.engine = EngineKind::Socket;
    window.configPanel()->setConfig(config);
    QCOMPARE(window.configPanel()->problem(), QString());
}

// The question, once it is on screen; nullptr when it is not.
QMessageBox *tst_CloseMidSweep::askBox(MainWindow &window)
{
    auto box = window.findChild<QMessageBox *>(QStringLiteral("closeMidSweepBox"));
    return box && box->isVisible() ? box : nullptr;
}

void tst_CloseMidSweep::keepRunningThenStopAndQuit()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    // Many short cells: rows finish early, and the sweep lasts well beyond the test's clicks.
    QStringList levels;
    for (int c = 1; c <= 40; ++c)
        levels << QString::number(c);
    configure(*window, levels.join(QStringLiteral(", ")), 4000);
    const int planned = 2 * 40;
    QSignalSpy finished(window.get(), &MainWindow::sweepFinished);
    QTest::mouseClick(child<QPushButton>(*window, "runSweepButton"), Qt::LeftButton);
    QVERIFY(window->isSweepRunning());

    // While it runs, Tab reaches Cancel (the panel is disabled meanwhile).
    auto cancel = child<QPushButton>(*window, "cancelButton");
    QVERIFY(cancel->isEnabled());
    auto tabBar = child<QTabWidget>(*window, "mainTabs")->tabBar();
    tabBar->setFocus(Qt::TabFocusReason);
    bool reachedCancel = false;
    for (int i = 0; i < 60 && !reachedCancel; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reachedCancel = QApplication::focusWidget() == cancel;
    }
    QVERIFY(reachedCancel);

    ResultsModel *model = window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1, 60000);
    QVERIFY2(window->isSweepRunning(), "the sweep ended before the test could close the window");

    // Keep running: the box goes, the window stays, rows keep coming.
    QVERIFY(!window->close());
    QTRY_VERIFY(askBox(*window));
    QMessageBox *box = askBox(*window);
    QVERIFY(box->text().contains(QStringLiteral("A sweep is running. Stop it and quit?")));
    QVERIFY(box->text().contains(QStringLiteral("The finished runs are saved.")));
    auto keep = box->findChild<QPushButton *>(QStringLiteral("keepRunningButton"));
    QVERIFY(keep);
    QCOMPARE(box->defaultButton(), keep); // Enter by habit must not end the sweep
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(!askBox(*window));
    QVERIFY(window->isVisible());
    QVERIFY(window->isSweepRunning());
    const int rowsThen = model->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > rowsThen, 60000);
    QVERIFY2(window->isSweepRunning(), "the sweep ended before the test could close the window");
    QCOMPARE(finished.size(), 0);

    // Stop and quit: cancelled, saved with the finished rows, closed.
    const int rowsBeforeStop = model->rowCount();
    QVERIFY(!window->close());
    QTRY_VERIFY(askBox(*window));
    auto stop = askBox(*window)->findChild<QPushButton *>(QStringLiteral("stopAndQuitButton"));
    QVERIFY(stop);
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 30000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true); // cancelled
    QVERIFY(!window->isSweepRunning());

    const QString path = window->lastSavedPath();
    QVERIFY2(!path.isEmpty(), "the cancelled sweep was not saved");
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(SweepStore::defaultDirectory()).absolutePath());
    SweepResult saved;
    QString error;
    QVERIFY2(SweepStore::load(path, &saved, &error), qPrintable(error));
    QVERIFY(saved.cancelled);
    QCOMPARE(saved.rows.size(), window->currentSweep().rows.size());
    // Every finished cell with its figures; the cells never reached are rows
    // "-" that say so.
    const auto finishedRows = std::count_if(saved.rows.cbegin(), saved.rows.cend(),
                                            [](const SweepRow &row) { return row.hasFigures; });
    QVERIFY2(finishedRows >= rowsBeforeStop,
             qPrintable(QStringLiteral("%1 rows with figures saved, %2 finished before the stop")
                                .arg(finishedRows)
                                .arg(rowsBeforeStop)));
    QVERIFY(finishedRows < planned);
    window.reset();
}

void tst_CloseMidSweep::sweepEndingWhileAskingKeepsWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    configure(window, QStringLiteral("1, 2"), 3000);
    QSignalSpy finished(&window, &MainWindow::sweepFinished);
    QTest::mouseClick(child<QPushButton>(window, "runSweepButton"), Qt::LeftButton);
    QVERIFY(window.isSweepRunning());
    QVERIFY(!window.close());
    QTRY_VERIFY(askBox(window));
    // Nobody answers; the sweep ends on its own: the question is taken away,
    // the window stays with the results, and a second close needs no answer.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QTRY_VERIFY(!askBox(window));
    QVERIFY(window.isVisible());
    QCOMPARE(window.resultsModel()->rowCount(), 4);
    QVERIFY(window.close());
}

QTEST_MAIN(tst_CloseMidSweep)
#include "tst_closemidsweep.moc"
