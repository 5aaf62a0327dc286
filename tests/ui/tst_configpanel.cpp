// ConfigPanel: a sweep given on the GUI's command line (setConfig) is what
// the fields show and what config() returns; the report's title and author
// are part of the config and survive a restart (QSettings). The locust
// engine's fields are there only with that engine, and a master bind that
// --locust-master-bind would refuse is refused next to its field.

#include "configpanel.h"
#include "embeddedtargeteditor.h"
#include "externaltargetseditor.h"
#include "uitestenv.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

namespace {

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void selectEngine(const ConfigPanel &panel, EngineKind kind)
{
    auto engine = child<QComboBox>(panel, "engineCombo");
    engine->setCurrentIndex(engine->findData(engineKindKey(kind)));
    QCOMPARE(engine->currentData().toString(), engineKindKey(kind));
}

} // namespace

class tst_ConfigPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiTestEnv::isolate(m_home); }
    void setConfigRoundTrips();
    void titleAndAuthorPersist();
    void locustFieldsOnlyWithLocust();
    void locustTypedValuesReachConfig();
    void badMasterBindShownAtField_data();
    void badMasterBindShownAtField();
    void setConfigShowsServerKnobs();
    void setConfigShowsLocustFields();
    void locustFieldsPersist();

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

void tst_ConfigPanel::locustFieldsOnlyWithLocust()
{
    ConfigPanel panel;
    const QList<QWidget *> fields {child<QSpinBox>(panel, "locustWorkersSpin"),
                                   child<QLineEdit>(panel, "locustMasterBindEdit"),
                                   child<QDoubleSpinBox>(panel, "locustWaitSpin")};
    const auto shown = [&panel, &fields] {
        QList<bool> out;
        for (QWidget *field : fields) {
            out << field->isVisibleTo(&panel);
            // The label goes with its field.
            auto label = qobject_cast<QLabel *>(
                    qobject_cast<QFormLayout *>(field->parentWidget()->layout())
                            ->labelForField(field));
            if (!label || label->isVisibleTo(&panel) != field->isVisibleTo(&panel))
                return QList<bool> {};
        }
        return out;
    };
    const QList<bool> none {false, false, false};
    const QList<bool> all {true, true, true};
    QCOMPARE(shown(), none); // the socket engine by default
    selectEngine(panel, EngineKind::Locust);
    QCOMPARE(shown(), all);
    selectEngine(panel, EngineKind::Qnam);
    QCOMPARE(shown(), none);
    selectEngine(panel, EngineKind::Locust);
    QCOMPARE(shown(), all);
    selectEngine(panel, EngineKind::Socket);
    QCOMPARE(shown(), none);
}

void tst_ConfigPanel::locustTypedValuesReachConfig()
{
    ConfigPanel panel;
    selectEngine(panel, EngineKind::Locust);
    auto workers = child<QSpinBox>(panel, "locustWorkersSpin");
    workers->selectAll();
    QTest::keyClicks(workers, QStringLiteral("4"));
    QTest::keyClicks(child<QLineEdit>(panel, "locustMasterBindEdit"),
                     QStringLiteral(" 0.0.0.0:5557 "));
    auto wait = child<QDoubleSpinBox>(panel, "locustWaitSpin");
    wait->selectAll();
    QTest::keyClicks(wait, wait->locale().toString(90.5, 'f', 1));

    const SweepConfig config = panel.config();
    QCOMPARE(config.engine, EngineKind::Locust);
    QCOMPARE(config.locustWorkers, 4);
    QCOMPARE(config.locustMasterBind, QStringLiteral("0.0.0.0:5557"));
    QCOMPARE(config.locustWorkerWaitSec, 90.5);
    QCOMPARE(panel.problem(), QString());
    QVERIFY(child<QLabel>(panel, "locustMasterBindError")->isHidden());
}

void tst_ConfigPanel::badMasterBindShownAtField_data()
{
    QTest::addColumn<QString>("bind");
    QTest::newRow("no port") << QStringLiteral("nohost");
    QTest::newRow("port too big") << QStringLiteral("host:99999");
    QTest::newRow("port zero") << QStringLiteral("host:0");
    QTest::newRow("empty port") << QStringLiteral("host:");
    QTest::newRow("no host") << QStringLiteral(":5557");
    QTest::newRow("port not a number") << QStringLiteral("host:http");
}

void tst_ConfigPanel::badMasterBindShownAtField()
{
    QFETCH(QString, bind);
    ConfigPanel panel;
    selectEngine(panel, EngineKind::Locust);
    auto edit = child<QLineEdit>(panel, "locustMasterBindEdit");
    auto error = child<QLabel>(panel, "locustMasterBindError");
    QSignalSpy problems(&panel, &ConfigPanel::problemChanged);
    edit->setText(bind);
    // The command line's reason for the same value, under the field.
    SweepConfig cli = panel.config();
    QVERIFY(!cli.validate().isEmpty());
    QVERIFY(error->isVisibleTo(&panel));
    QCOMPARE(error->text(), cli.validate());
    QCOMPARE(panel.problem(), cli.validate());
    QVERIFY(!problems.isEmpty());
    // The form puts it right under the master bind row.
    auto form = qobject_cast<QFormLayout *>(edit->parentWidget()->layout());
    int editRow = -1;
    int errorRow = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getWidgetPosition(edit, &editRow, &role);
    form->getWidgetPosition(error, &errorRow, &role);
    QCOMPARE(errorRow, editRow + 1);

    // A bind the other engines ignore does not stop them.
    selectEngine(panel, EngineKind::Socket);
    QVERIFY(error->isHidden());
    QCOMPARE(panel.problem(), QString());
    selectEngine(panel, EngineKind::Locust);
    QCOMPARE(panel.problem(), cli.validate());
    edit->setText(QStringLiteral("127.0.0.1:5557"));
    QVERIFY(error->isHidden());
    QCOMPARE(panel.problem(), QString());
}

// The sweep's embedded targets come with their port and knobs (the GUI's
// --pool-threads, --loops, --body-bytes, --work-us): the editors show them.
void tst_ConfigPanel::setConfigShowsServerKnobs()
{
    SweepConfig given = SweepConfig::defaults();
    SweepTarget pool = SweepTarget::embedded(ServerModel::ThreadPool);
    pool.server.poolThreads = 3;
    pool.server.bodyBytes = 100;
    pool.server.workUs = 50;
    SweepTarget reactor = SweepTarget::embedded(ServerModel::Reactor);
    reactor.server.loops = 2;
    reactor.server.port = 18080;
    given.targets = {pool, reactor};

    ConfigPanel panel;
    panel.setConfig(given);
    const ServerOptions shownPool = panel.embeddedEditor(ServerModel::ThreadPool)->options();
    QCOMPARE(shownPool.poolThreads, 3);
    QCOMPARE(shownPool.bodyBytes, 100);
    QCOMPARE(shownPool.workUs, 50);
    const ServerOptions shownReactor = panel.embeddedEditor(ServerModel::Reactor)->options();
    QCOMPARE(shownReactor.loops, 2);
    QCOMPARE(shownReactor.port, quint16(18080));
    QCOMPARE(shownReactor.bodyBytes, -1); // the default page
    const SweepConfig shown = panel.config();
    QCOMPARE(shown.targets.size(), 2);
    QCOMPARE(shown.targets[0].server.poolThreads, 3);
    QCOMPARE(shown.targets[1].server.loops, 2);
}

void tst_ConfigPanel::setConfigShowsLocustFields()
{
    SweepConfig given = SweepConfig::defaults();
    given.engine = EngineKind::Locust;
    given.locustWorkers = 3;
    given.locustMasterBind = QStringLiteral("0.0.0.0:5557");
    given.locustWorkerWaitSec = 120;

    ConfigPanel panel;
    panel.setConfig(given);
    auto workers = child<QSpinBox>(panel, "locustWorkersSpin");
    auto bind = child<QLineEdit>(panel, "locustMasterBindEdit");
    auto wait = child<QDoubleSpinBox>(panel, "locustWaitSpin");
    QVERIFY(workers->isVisibleTo(&panel));
    QCOMPARE(workers->value(), 3);
    QCOMPARE(bind->text(), QStringLiteral("0.0.0.0:5557"));
    QCOMPARE(wait->value(), 120.0);
    const SweepConfig shown = panel.config();
    QCOMPARE(shown.locustWorkers, 3);
    QCOMPARE(shown.locustMasterBind, QStringLiteral("0.0.0.0:5557"));
    QCOMPARE(shown.locustWorkerWaitSec, 120.0);
    QCOMPARE(panel.problem(), QString());

    // Back to the defaults: local workers, nothing left of the last sweep.
    panel.setConfig(SweepConfig::defaults());
    QVERIFY(workers->isHidden());
    QCOMPARE(workers->value(), 1);
    QCOMPARE(bind->text(), QString());
    QCOMPARE(wait->value(), 60.0);
}

void tst_ConfigPanel::locustFieldsPersist()
{
    {
        ConfigPanel panel;
        selectEngine(panel, EngineKind::Locust);
        child<QSpinBox>(panel, "locustWorkersSpin")->setValue(7);
        child<QLineEdit>(panel, "locustMasterBindEdit")->setText(QStringLiteral("10.0.0.2:6000"));
        child<QDoubleSpinBox>(panel, "locustWaitSpin")->setValue(45.5);
        QSettings settings;
        panel.saveSettings(settings);
    }
    ConfigPanel again;
    QSettings settings;
    again.loadSettings(settings);
    QVERIFY(child<QSpinBox>(again, "locustWorkersSpin")->isVisibleTo(&again));
    const SweepConfig config = again.config();
    QCOMPARE(config.engine, EngineKind::Locust);
    QCOMPARE(config.locustWorkers, 7);
    QCOMPARE(config.locustMasterBind, QStringLiteral("10.0.0.2:6000"));
    QCOMPARE(config.locustWorkerWaitSec, 45.5);

    // Settings written before these fields existed load the defaults.
    settings.beginGroup(QStringLiteral("load"));
    for (const char *key : {"locustWorkers", "locustMasterBind", "locustWorkerWaitSec"})
        settings.remove(QString::fromLatin1(key));
    settings.endGroup();
    ConfigPanel old;
    old.loadSettings(settings);
    QCOMPARE(old.config().locustWorkers, 1);
    QCOMPARE(old.config().locustMasterBind, QString());
    QCOMPARE(old.config().locustWorkerWaitSec, 60.0);
}

QTEST_MAIN(tst_ConfigPanel)
#include "tst_configpanel.moc"
