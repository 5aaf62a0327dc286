// The main window end to end: a real sweep over both embedded servers from a
// mouse click, its table, charts, autosave and export; bad input disabling
// Run Sweep with the reason; settings across a restart; closing mid-sweep.

#include "configpanel.h"
#include "embeddedtargeteditor.h"
#include "externaltargetseditor.h"
#include "livechart.h"
#include "mainwindow.h"
#include "reasontext.h"
#include "resultsmodel.h"
#include "resultstableview.h"
#include "rundetailwidget.h"
#include "serverstoolbar.h"
#include "sweepchartswidget.h"
#include "sweepstore.h"
#include "uitestenv.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolTip>
#include <QXYSeries>
#include <QtTest>

#include <memory>
#include <tuple>

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void runSweepFromClick();
    void invalidInputDisablesRun_data();
    void invalidInputDisablesRun();
    void shellLaunchCommandAccepted();
    void portInUseDisablesRun();
    void serversToolBarStartsAndStops();
    void settingsSurviveRestart();
    void receiveErrorsCheckSetsConfig();
    void languageSwitchRetranslates();
    void languageRoundTripLeavesNoIndonesian();
    void openedSweepFillsLiveTab();
    void f5RunsAndEscapeCancels();
    void closeDuringSweepJoinsThreads_data();
    void closeDuringSweepJoinsThreads();

private:
    static void setSmallConfig(MainWindow &window, const QString &levels, int requests);
    template<typename T> static T *child(QWidget &window, const char *name)
    {
        T *widget = window.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QTemporaryDir m_home;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTestEnv::isolate(m_home);
}

void tst_MainWindow::setSmallConfig(MainWindow &window, const QString &levels, int requests)
{
    child<QCheckBox>(window, "asyncCheck")->setChecked(true);
    child<QCheckBox>(window, "threadCheck")->setChecked(true);
    child<QSpinBox>(window, "asyncPortSpin")->setValue(0);
    child<QSpinBox>(window, "threadPortSpin")->setValue(0);
    ExternalTargetsEditor *externals = window.configPanel()->externalEditor();
    while (externals->rowCount() > 0)
        externals->removeRow(0);
    child<QSpinBox>(window, "requestsSpin")->setValue(requests);
    child<QSpinBox>(window, "repeatsSpin")->setValue(3);
    child<QLineEdit>(window, "levelsEdit")->setText(levels);
    for (const char *knob : {"asyncBodySpin", "threadBodySpin"})
        child<QSpinBox>(window, knob)->setValue(-1);
    for (const char *knob : {"asyncWorkSpin", "threadWorkSpin"})
        child<QSpinBox>(window, knob)->setValue(0);
    child<QCheckBox>(window, "keepAliveCheck")->setChecked(false);
    auto engine = child<QComboBox>(window, "engineCombo");
    engine->setCurrentIndex(engine->findData(QStringLiteral("socket")));
    child<QDoubleSpinBox>(window, "timeoutSpin")->setValue(30);
    child<QCheckBox>(window, "receiveErrorsCheck")->setChecked(false);
}

void tst_MainWindow::runSweepFromClick()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QStringLiteral("serverbench")));
    // The icon and both translations are embedded in the executable.
    QVERIFY(QFile::exists(QStringLiteral(":/icons/serverbench.svg")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/serverbench_id.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/serverbench_en.qm")));
    setSmallConfig(window, QStringLiteral("1, 10"), 200);
    auto run = child<QPushButton>(window, "runSweepButton");
    QVERIFY2(run->isEnabled(), qPrintable(window.runBlockedReason()));

    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(window.isSweepRunning());
    QVERIFY(!run->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isSweepRunning(), 90000);
    QVERIFY(window.hasSweep());
    QVERIFY(run->isEnabled());

    // The table: 4 runs, every request complete, none failed.
    ResultsModel *model = window.resultsModel();
    QCOMPARE(model->rowCount(), 4);
    const QList<int> levels {1, 10, 1, 10};
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(model->index(row, ResultsModel::Concurrency).data().toInt(), levels.at(row));
        QCOMPARE(model->index(row, ResultsModel::Complete).data().toString(),
                 QStringLiteral("200"));
        QCOMPARE(model->index(row, ResultsModel::Failed).data().toString(), QStringLiteral("0"));
        QVERIFY(model->index(row, ResultsModel::RequestsPerSecond)
                        .data(ResultsModel::SortRole)
                        .toDouble()
                > 0);
    }
    QCOMPARE(model->sweepRow(0).targetKey, QStringLiteral("async"));
    QCOMPARE(model->sweepRow(2).targetKey, QStringLiteral("thread"));

    // The charts: one series per target, one point per level, the table's values.
    const QList<QXYSeries *> rps = window.chartsWidget()->rpsSeries();
    QCOMPARE(rps.size(), 2);
    for (QXYSeries *series : rps)
        QCOMPARE(series->count(), 2);
    QCOMPARE(rps.at(0)->at(1).y(),
             model->index(1, ResultsModel::RequestsPerSecond)
                     .data(ResultsModel::SortRole)
                     .toDouble());
    QCOMPARE(window.chartsWidget()->timeSeries().size(), 2);
    // The Live tab kept the whole sweep: a point per cell at its level's
    // step, the table's values, and no run in progress any more.
    LiveChart *live = window.liveChart();
    QCOMPARE(live->cellCount(), 4);
    QCOMPARE(live->levels(), QList<int>({1, 10}));
    QCOMPARE(live->cellSeries().size(), 2);
    for (QXYSeries *series : live->cellSeries())
        QCOMPARE(series->count(), 2);
    for (int row = 0; row < 4; ++row) {
        const SweepRow cell = model->sweepRow(row);
        const QPointF point(cell.concurrency == 1 ? 0 : 1,
                            model->index(row, ResultsModel::RequestsPerSecond)
                                    .data(ResultsModel::SortRole)
                                    .toDouble());
        QVERIFY(live->cellSeries().at(cell.targetIndex)->points().contains(point));
    }
    QCOMPARE(live->currentSeries()->count(), 0);
    QVERIFY2(live->statusText().contains(QStringLiteral("Sweep finished: 4 cells")),
             qPrintable(live->statusText()));
    // Hovering a point shows its value.
    window.showTab(MainWindow::ChartsTab);
    emit rps.at(0)->hovered(rps.at(0)->at(1), true);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("concurrency 10")),
             qPrintable(QToolTip::text()));
    window.chartsWidget()->setLogScale(true);
    QCOMPARE(window.chartsWidget()->rpsSeries().size(), 2);
    QCOMPARE(window.chartsWidget()->rpsSeries().at(1)->count(), 2);
    window.chartsWidget()->setLogScale(false);

    // Selecting a row shows ab's report of that run.
    window.resultsView()->selectRow(1);
    QVERIFY(window.runDetail()->reportText().contains(
            QStringLiteral("Concurrency Level:      10")));
    QVERIFY(window.runDetail()->reportText().contains(QStringLiteral("Requests per second:")));

    // Ctrl+C copies the selected rows as TSV.
    window.resultsView()->selectAll();
    window.resultsView()->setFocus();
    QTest::keyClick(window.resultsView(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(1).contains(QStringLiteral("\t200\t")));

    // Copy markdown table: the seed's table, one per target.
    QAction *copyMarkdown = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().contains(QStringLiteral("markdown")))
            copyMarkdown = action;
    }
    QVERIFY(copyMarkdown && copyMarkdown->isEnabled());
    copyMarkdown->trigger();
    const QString markdown = QApplication::clipboard()->text();
    QCOMPARE(markdown.count(QStringLiteral("| No test | Concurrency level |")), 2);

    // The autosave: exists, parses, 4 rows.
    const QString saved = window.lastSavedPath();
    QVERIFY2(QFileInfo::exists(saved), qPrintable(saved));
    QVERIFY(saved.startsWith(m_home.path()));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const SweepResult reread
            = SweepResult::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reread.rows.size(), 4);
    // File > Recent sweeps lists it.
    auto recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    QVERIFY(!recent->actions().isEmpty());
    QCOMPARE(recent->actions().first()->toolTip(), saved);
    QVERIFY(window.openSweep(saved));
    QCOMPARE(model->rowCount(), 4);

    // The export: the same files as `serverbench sweep`.
    QTemporaryDir out;
    QVERIFY(window.exportReport(out.path(), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QDir dir(out.path());
    QVERIFY(!dir.entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty());
    QVERIFY(!dir.entryList({QStringLiteral("*.csv")}, QDir::Files).isEmpty());
    QVERIFY(!dir.entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
    for (const char *png : {"async_1.png", "async_10.png", "thread_1.png", "thread_10.png"})
        QVERIFY2(QFileInfo::exists(
                         dir.filePath(QStringLiteral("dokumentasi/") + QLatin1String(png))),
                 png);
}

void tst_MainWindow::invalidInputDisablesRun_data()
{
    QTest::addColumn<QString>("levels");
    QTest::addColumn<QString>("externalUrl");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a number") << QStringLiteral("abc") << QString() << QString()
                                  << QStringLiteral("\"abc\" is not a whole number");
    QTest::newRow("empty") << QString() << QString() << QString()
                           << QStringLiteral("at least one concurrency level");
    QTest::newRow("zero") << QStringLiteral("0") << QString() << QString()
                          << QStringLiteral("must be at least 1");
    QTest::newRow("c > n")
            << QStringLiteral("1, 500") << QString() << QString()
            << QStringLiteral("Concurrency level 500 is greater than requests per run (200)");
    QTest::newRow("bad url") << QStringLiteral("1") << QStringLiteral("htp:/nowhere") << QString()
                             << QStringLiteral(
                                        "Row 1: \"htp:/nowhere\" is not a valid http:// URL");
    QTest::newRow("no host") << QStringLiteral("1") << QStringLiteral("http://") << QString()
                             << QStringLiteral("is not a valid http:// URL");
    QTest::newRow("launch command")
            << QStringLiteral("1") << QStringLiteral("http://127.0.0.1:9/")
            << QStringLiteral("no-such-server-xyz --port 9")
            << QStringLiteral("launch command \"no-such-server-xyz\" not found");
    QTest::newRow("launch command syntax")
            << QStringLiteral("1") << QStringLiteral("http://127.0.0.1:9/")
            << QStringLiteral("exec python3 'server.py") << QStringLiteral("not a valid shell");
}

void tst_MainWindow::shellLaunchCommandAccepted()
{
    // A launch command is a shell command line, as --launch takes it: its
    // first word may be a builtin (issue 13: "cd" was "not found").
    MainWindow window;
    window.show();
    setSmallConfig(window, QStringLiteral("1"), 200);
    auto run = child<QPushButton>(window, "runSweepButton");
    for (const QString &command : {QStringLiteral("cd /tmp && exec python3 -m http.server 9"),
                                   QStringLiteral("PYTHONUNBUFFERED=1 python3 -m http.server 9"),
                                   QStringLiteral("exec /usr/bin/python3 server.py")}) {
        window.configPanel()->externalEditor()->addTarget(
                QStringLiteral("py"), QStringLiteral("http://127.0.0.1:9/"), command);
        QVERIFY2(run->isEnabled(),
                 qPrintable(command + QStringLiteral(": ") + window.runBlockedReason()));
        window.configPanel()->externalEditor()->removeRow(0);
    }
}

void tst_MainWindow::invalidInputDisablesRun()
{
    QFETCH(QString, levels);
    QFETCH(QString, externalUrl);
    QFETCH(QString, command);
    QFETCH(QString, message);
    MainWindow window;
    window.show();
    setSmallConfig(window, QStringLiteral("1"), 200);
    auto run = child<QPushButton>(window, "runSweepButton");
    auto blocked = child<QLabel>(window, "runBlockedLabel");
    QVERIFY(run->isEnabled());
    QVERIFY(!blocked->isVisible());

    child<QLineEdit>(window, "levelsEdit")->setText(levels);
    if (!externalUrl.isEmpty())
        window.configPanel()->externalEditor()->addTarget(QStringLiteral("ext"), externalUrl,
                                                          command);
    QVERIFY(!run->isEnabled());
    QVERIFY2(window.runBlockedReason().contains(message), qPrintable(window.runBlockedReason()));
    QVERIFY(run->toolTip().contains(message));
    QVERIFY(blocked->isVisible());
    QVERIFY(blocked->text().contains(message));
    // F5 does nothing either.
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!window.isSweepRunning());

    // Fixing the field enables it again.
    child<QLineEdit>(window, "levelsEdit")->setText(QStringLiteral("1"));
    if (!externalUrl.isEmpty())
        window.configPanel()->externalEditor()->removeRow(0);
    QVERIFY2(run->isEnabled(), qPrintable(window.runBlockedReason()));
    QVERIFY(!blocked->isVisible());
}

void tst_MainWindow::portInUseDisablesRun()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    MainWindow window;
    window.show();
    setSmallConfig(window, QStringLiteral("1"), 200);
    child<QSpinBox>(window, "asyncPortSpin")->setValue(squatter.serverPort());
    QVERIFY(!child<QPushButton>(window, "runSweepButton")->isEnabled());
    QVERIFY2(window.runBlockedReason().contains(
                     QStringLiteral("Port %1 is in use").arg(squatter.serverPort())),
             qPrintable(window.runBlockedReason()));
    QVERIFY(child<QLabel>(window, "asyncError")->isVisible());
    squatter.close();
    child<QSpinBox>(window, "asyncPortSpin")->setValue(0);
    QVERIFY(child<QPushButton>(window, "runSweepButton")->isEnabled());
}

void tst_MainWindow::serversToolBarStartsAndStops()
{
    MainWindow window;
    window.show();
    setSmallConfig(window, QStringLiteral("1"), 200);
    ServersToolBar *bar = window.serversToolBar();
    QVERIFY(bar->startServer(ServerModel::EventDriven));
    QVERIFY(bar->isRunning(ServerModel::EventDriven));
    QVERIFY(!bar->isRunning(ServerModel::ThreadPerConnection));
    const QUrl url(bar->url(ServerModel::EventDriven));
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QVERIFY(url.port() > 0);

    // A request from outside shows up in the polled counters.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    QVERIFY(client.waitForConnected(5000));
    client.write("GET / HTTP/1.0\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::UnconnectedState
                                     || client.bytesAvailable() > 0,
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(
            bar->countersText(ServerModel::EventDriven).contains(QStringLiteral("served 1")), 5000);

    // The running server holds its port: a sweep on the same fixed port is refused.
    child<QSpinBox>(window, "threadPortSpin")->setValue(url.port());
    QVERIFY(!child<QPushButton>(window, "runSweepButton")->isEnabled());
    QVERIFY(window.runBlockedReason().contains(QStringLiteral("is in use")));
    // And the other server cannot start on it either: the reason is shown, nothing crashes.
    QVERIFY(!bar->startServer(ServerModel::ThreadPerConnection));
    QVERIFY(!bar->isRunning(ServerModel::ThreadPerConnection));

    bar->stopServer(ServerModel::EventDriven);
    QVERIFY(!bar->isRunning(ServerModel::EventDriven));
    QVERIFY(bar->url(ServerModel::EventDriven).isEmpty());
    QVERIFY(child<QPushButton>(window, "runSweepButton")->isEnabled());
}

void tst_MainWindow::settingsSurviveRestart()
{
    {
        MainWindow window;
        window.show();
        setSmallConfig(window, QStringLiteral("2, 4, 8"), 321);
        child<QSpinBox>(window, "repeatsSpin")->setValue(9);
        child<QCheckBox>(window, "threadCheck")->setChecked(false);
        child<QSpinBox>(window, "asyncBodySpin")->setValue(4096);
        child<QSpinBox>(window, "asyncWorkSpin")->setValue(250);
        child<QCheckBox>(window, "keepAliveCheck")->setChecked(true);
        auto engine = child<QComboBox>(window, "engineCombo");
        engine->setCurrentIndex(engine->findData(QStringLiteral("qnam")));
        child<QDoubleSpinBox>(window, "timeoutSpin")->setValue(12.5);
        child<QCheckBox>(window, "receiveErrorsCheck")->setChecked(true);
        window.configPanel()->externalEditor()->addTarget(QStringLiteral("nginx"),
                                                          QStringLiteral("http://127.0.0.1:9/"),
                                                          QStringLiteral("true"));
        window.resize(1234, 777);
    }
    MainWindow window;
    QCOMPARE(child<QLineEdit>(window, "levelsEdit")->text(), QStringLiteral("2, 4, 8"));
    QCOMPARE(child<QSpinBox>(window, "requestsSpin")->value(), 321);
    QCOMPARE(child<QSpinBox>(window, "repeatsSpin")->value(), 9);
    QVERIFY(child<QCheckBox>(window, "asyncCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(window, "threadCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(window, "asyncBodySpin")->value(), 4096);
    QCOMPARE(child<QSpinBox>(window, "asyncWorkSpin")->value(), 250);
    QVERIFY(child<QCheckBox>(window, "keepAliveCheck")->isChecked());
    QCOMPARE(child<QComboBox>(window, "engineCombo")->currentData().toString(),
             QStringLiteral("qnam"));
    QCOMPARE(child<QDoubleSpinBox>(window, "timeoutSpin")->value(), 12.5);
    QVERIFY(child<QCheckBox>(window, "receiveErrorsCheck")->isChecked());
    const SweepConfig config = window.configPanel()->config();
    QCOMPARE(config.receiveErrorsAbort, false);
    QCOMPARE(config.targets.size(), 2);
    QCOMPARE(config.targets.at(1).label, QStringLiteral("nginx"));
    QCOMPARE(config.targets.at(1).url, QUrl(QStringLiteral("http://127.0.0.1:9/")));
    QCOMPARE(config.targets.at(1).launchCommand, QStringLiteral("true"));
    QCOMPARE(config.levels, QList<int>({2, 4, 8}));
    QCOMPARE(window.size(), QSize(1234, 777));
}

void tst_MainWindow::receiveErrorsCheckSetsConfig()
{
    // ab's rule by default: a receive error stops the run; the box is ab -r.
    MainWindow window;
    window.show();
    window.setLanguage(QStringLiteral("en"));
    setSmallConfig(window, QStringLiteral("1"), 10);
    auto box = child<QCheckBox>(window, "receiveErrorsCheck");
    QCOMPARE(box->text(), QStringLiteral("Don't stop a run on receive errors (ab -r)"));
    QVERIFY(!box->isChecked());
    QCOMPARE(window.configPanel()->config().receiveErrorsAbort, true);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    QVERIFY(box->isChecked());
    QCOMPARE(window.configPanel()->config().receiveErrorsAbort, false);
    QVERIFY(window.configPanel()->problem().isEmpty());
    // The rest of ab's rules stay the defaults.
    QCOMPARE(window.configPanel()->config().timeoutPerRequest, false);
    QCOMPARE(window.configPanel()->config().variableLength, false);
    window.setLanguage(QStringLiteral("id"));
    QCOMPARE(box->text(),
             QStringLiteral("Jangan hentikan run saat terjadi galat penerimaan (ab -r)"));
    window.setLanguage(QStringLiteral("en"));
    box->setChecked(false);
    QCOMPARE(window.configPanel()->config().receiveErrorsAbort, true);
}

void tst_MainWindow::languageSwitchRetranslates()
{
    MainWindow window;
    window.show();
    auto run = child<QPushButton>(window, "runSweepButton");
    window.setLanguage(QStringLiteral("en"));
    QCOMPARE(run->text(), QStringLiteral("Run Sweep"));
    window.setLanguage(QStringLiteral("id"));
    QCOMPARE(window.language(), QStringLiteral("id"));
    QVERIFY2(run->text() != QStringLiteral("Run Sweep"), qPrintable(run->text()));
    QVERIFY(window.resultsModel()->headerData(ResultsModel::Complete, Qt::Horizontal).toString()
            != QStringLiteral("Complete"));
    window.setLanguage(QStringLiteral("en"));
    QCOMPARE(run->text(), QStringLiteral("Run Sweep"));
}

// Every text a widget, a menu or the results table shows, in a fixed order.
static QStringList textsOnScreen(const MainWindow &window)
{
    QStringList texts {window.windowTitle()};
    for (const QWidget *widget : window.findChildren<QWidget *>()) {
        if (auto label = qobject_cast<const QLabel *>(widget))
            texts << label->text() << label->toolTip();
        else if (auto button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text() << button->toolTip();
        else if (auto box = qobject_cast<const QGroupBox *>(widget))
            texts << box->title();
        else if (auto edit = qobject_cast<const QLineEdit *>(widget))
            texts << edit->placeholderText() << edit->toolTip();
        else if (auto tabs = qobject_cast<const QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
    }
    for (const QAction *action : window.findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    const ResultsModel *model = window.resultsModel();
    for (int column = 0; column < model->columnCount(); ++column) {
        texts << model->headerData(column, Qt::Horizontal).toString();
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, column).data().toString()
                  << model->index(row, column).data(Qt::ToolTipRole).toString();
    }
    return texts;
}

// The complaint: switching to Bahasa Indonesia and back left
// Indonesian on screen. A window switched to a language must read exactly as
// one started in it, with a sweep shown ("-" row's reason included): a text
// set once, at construction, would keep the first language.
void tst_MainWindow::languageRoundTripLeavesNoIndonesian()
{
    SweepResult sweep;
    sweep.config = SweepConfig::defaults();
    sweep.config.levels = {1, 5};
    sweep.startedAt = sweep.finishedAt = QDateTime::currentDateTime();
    SweepRow row;
    row.targetKey = QStringLiteral("async");
    row.targetLabel = sweep.config.targets[0].label;
    row.concurrency = 1;
    row.reason = ReasonText::make(ReasonText::Reason::CancelledAfterRequests,
                                  {QStringLiteral("12"), QStringLiteral("1000")});
    sweep.rows << row;
    QTemporaryDir dir;
    QString error;
    const QString path = SweepStore::save(sweep, dir.path(), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));

    const auto texts = [&path](const QString &startIn, const QString &switchTo) {
        QSettings().setValue(QStringLiteral("view/language"), startIn);
        MainWindow window;
        window.show();
        window.openSweep(path);
        if (switchTo != startIn)
            window.setLanguage(switchTo);
        return textsOnScreen(window);
    };
    const QStringList english = texts(QStringLiteral("en"), QStringLiteral("en"));
    const QStringList indonesian = texts(QStringLiteral("id"), QStringLiteral("id"));
    QVERIFY(english.contains(QStringLiteral("cancelled (12 of 1000 requests done)")));
    QVERIFY(indonesian.contains(QStringLiteral("dibatalkan (12 dari 1000 request selesai)")));
    for (const auto &[start, target, expected] :
         {std::tuple {QStringLiteral("id"), QStringLiteral("en"), english},
          std::tuple {QStringLiteral("en"), QStringLiteral("id"), indonesian}}) {
        const QStringList switched = texts(start, target);
        QCOMPARE(switched.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(switched[i], expected[i]);
    }
    QSettings().setValue(QStringLiteral("view/language"), QStringLiteral("en"));
}

// An opened sweep replaces whatever the Live tab showed (the intro, or the
// last sweep run here) with its own levels and cells, "-" cells included.
void tst_MainWindow::openedSweepFillsLiveTab()
{
    SweepResult sweep;
    sweep.config = SweepConfig::defaults();
    sweep.config.levels = {1, 5, 30};
    sweep.startedAt = sweep.finishedAt = QDateTime::currentDateTime();
    for (int level : sweep.config.levels) {
        SweepRow row;
        row.targetKey = QStringLiteral("async");
        row.targetLabel = sweep.config.targets[0].label;
        row.concurrency = level;
        row.hasFigures = level != 30;
        if (row.hasFigures) {
            row.result.requested = row.result.complete = 1000;
            row.result.timeTakenSec = 1000.0 / (100 * level);
            row.repeats << row.result;
        } else {
            row.reason = QStringLiteral("refused");
        }
        sweep.rows << row;
    }
    QTemporaryDir dir;
    QString error;
    const QString path = SweepStore::save(sweep, dir.path(), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));

    MainWindow window;
    window.show();
    LiveChart *live = window.liveChart();
    QVERIFY(live->isIntroShown());
    QCOMPARE(live->cellCount(), 0);
    QVERIFY(window.openSweep(path));
    QVERIFY(!live->isIntroShown());
    QCOMPARE(live->levels(), QList<int>({1, 5, 30}));
    QCOMPARE(live->cellCount(), 3);
    QCOMPARE(live->missingCellCount(), 1);
    QCOMPARE(live->cellSeries().at(0)->count(), 2);
    QCOMPARE(live->cellSeries().at(0)->at(1).y(), 500.0);
    QCOMPARE(live->currentSeries()->count(), 0); // no run in progress
    QVERIFY2(live->statusText().contains(QStringLiteral("3 cells, 1 without figures")),
             qPrintable(live->statusText()));
}

void tst_MainWindow::f5RunsAndEscapeCancels()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    setSmallConfig(window, QStringLiteral("1, 10"), 1000000);
    QSignalSpy finished(&window, &MainWindow::sweepFinished);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isSweepRunning());
    QVERIFY(child<QPushButton>(window, "cancelButton")->isEnabled());
    auto figures = child<QLabel>(window, "runFigures");
    QTRY_VERIFY_WITH_TIMEOUT(figures->text().contains(QStringLiteral("req/s")), 20000);
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), true); // cancelled
    QVERIFY(!window.isSweepRunning());
    QVERIFY(window.currentSweep().cancelled);
    QVERIFY(child<QPushButton>(window, "runSweepButton")->isEnabled());
    QVERIFY(!child<QPushButton>(window, "cancelButton")->isEnabled());
    QVERIFY(figures->text().contains(QStringLiteral("cancelled")));
}

void tst_MainWindow::closeDuringSweepJoinsThreads_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("socket") << QStringLiteral("socket") << false;
    QTest::newRow("socket keep-alive") << QStringLiteral("socket") << true;
    QTest::newRow("qnam") << QStringLiteral("qnam") << false;
    QTest::newRow("qnam keep-alive") << QStringLiteral("qnam") << true;
    QTest::newRow("qnam keep-alive work") << QStringLiteral("qnam") << true;
}

void tst_MainWindow::closeDuringSweepJoinsThreads()
{
    QFETCH(QString, engine);
    QFETCH(bool, keepAlive);
    const int before = UiTestEnv::threadCount();
    qInfo("threads before: %s", qPrintable(UiTestEnv::threadNames()));
    auto window = std::make_unique<MainWindow>();
    window->show();
    setSmallConfig(*window, QStringLiteral("1, 10"), 1000000);
    auto engines = child<QComboBox>(*window, "engineCombo");
    engines->setCurrentIndex(engines->findData(engine));
    child<QCheckBox>(*window, "keepAliveCheck")->setChecked(keepAlive);
    if (QByteArray(QTest::currentDataTag()).endsWith("work")) {
        child<QSpinBox>(*window, "asyncBodySpin")->setValue(4096);
        child<QSpinBox>(*window, "asyncWorkSpin")->setValue(250);
    }
    QTest::mouseClick(child<QPushButton>(*window, "runSweepButton"), Qt::LeftButton);
    QVERIFY(window->isSweepRunning());
    // Wait until requests flow, so servers and engine threads exist.
    auto figures = child<QLabel>(*window, "runFigures");
    QTRY_VERIFY_WITH_TIMEOUT(figures->text().contains(QStringLiteral("req/s")), 20000);
    QVERIFY(UiTestEnv::threadCount() > before);
    QVERIFY(window->liveChart()->pointCount() > 0); // the live chart follows the run

    QVERIFY(!window->close()); // refused: it asks first...
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("closeMidSweepBox")))
                && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("stopAndQuitButton")),
                      Qt::LeftButton); // ...cancels on "Stop and quit"...
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 30000); // ...then closes itself
    QVERIFY(!window->isSweepRunning());
    window.reset();
    qInfo("threads after: %s", qPrintable(UiTestEnv::threadNames()));
    QTRY_VERIFY_WITH_TIMEOUT(UiTestEnv::threadCount() <= before, 20000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
