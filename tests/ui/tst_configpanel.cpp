// ConfigPanel: a sweep given on the GUI's command line (setConfig) is what
// the fields show and what config() returns; the report's title and author
// are part of the config and survive a restart (QSettings).

#include "configpanel.h"
#include "externaltargetseditor.h"
#include "uitestenv.h"

#include <QLineEdit>
#include <QTest>

class tst_ConfigPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiTestEnv::isolate(m_home); }
    void setConfigRoundTrips();
    void titleAndAuthorPersist();

private:
    QTemporaryDir m_home;
};

void tst_ConfigPanel::setConfigRoundTrips()
{
    SweepConfig given = SweepConfig::defaults();
    given.targets = {SweepTarget::embedded(ServerModel::ThreadPerConnection),
                     SweepTarget::external(QStringLiteral("py"),
                                           QUrl(QStringLiteral("http://127.0.0.1:8000/")),
                                           QStringLiteral("cd /tmp && exec python3 server.py"))};
    given.levels = {1, 5};
    given.requests = 200;
    given.repeats = 3;
    given.keepAlive = true;
    given.engine = EngineKind::Qnam;
    given.timeoutSec = 12.5;
    given.receiveErrorsAbort = false;
    given.title = QStringLiteral("Tugas 9");
    given.author = QStringLiteral("Budi");

    ConfigPanel panel;
    panel.setConfig(given);
    const SweepConfig shown = panel.config();
    QCOMPARE(shown.targets.size(), 2);
    QVERIFY(shown.targets[0].isEmbedded());
    QCOMPARE(shown.targets[0].serverModel(), ServerModel::ThreadPerConnection);
    QCOMPARE(shown.targets[1].label, QStringLiteral("py"));
    QCOMPARE(shown.targets[1].url, given.targets[1].url);
    QCOMPARE(shown.targets[1].launchCommand, given.targets[1].launchCommand);
    QCOMPARE(shown.levels, given.levels);
    QCOMPARE(shown.requests, 200);
    QCOMPARE(shown.repeats, 3);
    QVERIFY(shown.keepAlive);
    QCOMPARE(shown.engine, EngineKind::Qnam);
    QCOMPARE(shown.timeoutSec, 12.5);
    QVERIFY(!shown.receiveErrorsAbort);
    QCOMPARE(shown.title, QStringLiteral("Tugas 9"));
    QCOMPARE(shown.author, QStringLiteral("Budi"));
    QCOMPARE(panel.problem(), QString());

    // A second config replaces the external targets rather than adding.
    given.targets = {SweepTarget::embedded(ServerModel::EventDriven)};
    panel.setConfig(given);
    QCOMPARE(panel.externalEditor()->rowCount(), 0);
    QCOMPARE(panel.config().targets.size(), 1);
}

void tst_ConfigPanel::titleAndAuthorPersist()
{
    {
        ConfigPanel panel;
        panel.findChild<QLineEdit *>(QStringLiteral("titleEdit"))
                ->setText(QStringLiteral("Tugas Pemrograman Jaringan 9"));
        panel.findChild<QLineEdit *>(QStringLiteral("authorEdit"))
                ->setText(QStringLiteral("  Siti  "));
        QCOMPARE(panel.config().author, QStringLiteral("Siti"));
        QSettings settings;
        panel.saveSettings(settings);
    }
    ConfigPanel again;
    QSettings settings;
    again.loadSettings(settings);
    QCOMPARE(again.config().title, QStringLiteral("Tugas Pemrograman Jaringan 9"));
    QCOMPARE(again.config().author, QStringLiteral("Siti"));
}

QTEST_MAIN(tst_ConfigPanel)
#include "tst_configpanel.moc"
