#include "configpanel.h"

#include "levellist.h"

#include "embeddedtargeteditor.h"
#include "externaltargetseditor.h"
#include "fielderrorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString kDefaultLevels = QStringLiteral("1, 5, 10, 30, 50, 75, 100");
// As --locust-workers accepts.
constexpr int kMaxLocustWorkers = 1000;
} // namespace

ConfigPanel::ConfigPanel(QWidget *parent) : QWidget(parent)
{
    m_async = new EmbeddedTargetEditor(ServerModel::EventDriven, this);
    m_thread = new EmbeddedTargetEditor(ServerModel::ThreadPerConnection, this);
    m_pool = new EmbeddedTargetEditor(ServerModel::ThreadPool, this);
    m_reactor = new EmbeddedTargetEditor(ServerModel::Reactor, this);
    m_externals = new ExternalTargetsEditor(this);
    m_targetsBox = new QGroupBox(this);
    auto targets = new QVBoxLayout(m_targetsBox);
    targets->addWidget(m_async);
    targets->addWidget(m_thread);
    targets->addWidget(m_pool);
    targets->addWidget(m_reactor);
    targets->addWidget(m_externals);

    m_levels = new QLineEdit(kDefaultLevels, this);
    m_levels->setObjectName(QStringLiteral("levelsEdit"));
    m_levelsError = new FieldErrorLabel(this);
    m_levelsError->setObjectName(QStringLiteral("levelsError"));
    m_requests = new QSpinBox(this);
    m_requests->setObjectName(QStringLiteral("requestsSpin"));
    m_requests->setRange(1, 100 * 1000 * 1000);
    m_requests->setValue(1000);
    m_requests->setGroupSeparatorShown(false);
    m_repeats = new QSpinBox(this);
    m_repeats->setObjectName(QStringLiteral("repeatsSpin"));
    m_repeats->setRange(1, SweepConfig::kMaxRepeats);
    m_repeats->setValue(SweepConfig::kDefaultRepeats);
    m_repeatsLabel = new QLabel(this);
    m_keepAlive = new QCheckBox(this);
    m_keepAlive->setObjectName(QStringLiteral("keepAliveCheck"));
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("engineCombo"));
    m_engine->addItem(QString(), engineKindKey(EngineKind::Socket));
    m_engine->addItem(QString(), engineKindKey(EngineKind::Qnam));
    m_engine->addItem(QString(), engineKindKey(EngineKind::Locust));
    // Created right after the engine so that Tab reaches them next.
    m_locustWorkers = new QSpinBox(this);
    m_locustWorkers->setObjectName(QStringLiteral("locustWorkersSpin"));
    m_locustWorkers->setRange(1, kMaxLocustWorkers);
    m_locustWorkers->setValue(SweepConfig().locustWorkers);
    m_locustMasterBind = new QLineEdit(this);
    m_locustMasterBind->setObjectName(QStringLiteral("locustMasterBindEdit"));
    m_locustMasterBindError = new FieldErrorLabel(this);
    m_locustMasterBindError->setObjectName(QStringLiteral("locustMasterBindError"));
    m_locustWait = new QDoubleSpinBox(this);
    m_locustWait->setObjectName(QStringLiteral("locustWaitSpin"));
    m_locustWait->setRange(0.1, 3600);
    m_locustWait->setDecimals(1);
    m_locustWait->setValue(SweepConfig().locustWorkerWaitSec);
    m_timeout = new QDoubleSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(0.1, 3600);
    m_timeout->setDecimals(1);
    m_timeout->setValue(30);
    m_receiveErrors = new QCheckBox(this);
    m_receiveErrors->setObjectName(QStringLiteral("receiveErrorsCheck"));
    m_levelsLabel = new QLabel(this);
    m_requestsLabel = new QLabel(this);
    m_engineLabel = new QLabel(this);
    m_timeoutLabel = new QLabel(this);
    m_locustWorkersLabel = new QLabel(this);
    m_locustMasterBindLabel = new QLabel(this);
    m_locustWaitLabel = new QLabel(this);

    m_loadBox = new QGroupBox(this);
    m_loadForm = new QFormLayout(m_loadBox);
    m_loadForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_loadForm->addRow(m_levelsLabel, m_levels);
    m_loadForm->addRow(m_levelsError);
    m_loadForm->addRow(m_requestsLabel, m_requests);
    m_loadForm->addRow(m_repeatsLabel, m_repeats);
    m_loadForm->addRow(m_keepAlive);
    m_loadForm->addRow(m_engineLabel, m_engine);
    m_loadForm->addRow(m_locustWorkersLabel, m_locustWorkers);
    m_loadForm->addRow(m_locustMasterBindLabel, m_locustMasterBind);
    m_loadForm->addRow(m_locustMasterBindError);
    m_loadForm->addRow(m_locustWaitLabel, m_locustWait);
    m_loadForm->addRow(m_timeoutLabel, m_timeout);
    m_loadForm->addRow(m_receiveErrors);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_titleLabel = new QLabel(this);
    m_authorLabel = new QLabel(this);
    m_titleLabel->setBuddy(m_title);
    m_authorLabel->setBuddy(m_author);
    m_reportBox = new QGroupBox(this);
    auto report = new QFormLayout(m_reportBox);
    report->addRow(m_titleLabel, m_title);
    report->addRow(m_authorLabel, m_author);

    m_configError = new FieldErrorLabel(this);
    m_configError->setObjectName(QStringLiteral("configError"));

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_targetsBox);
    layout->addWidget(m_loadBox);
    layout->addWidget(m_reportBox);
    layout->addWidget(m_configError);
    layout->addStretch(1);

    connect(m_async, &EmbeddedTargetEditor::changed, this, &ConfigPanel::revalidate);
    connect(m_thread, &EmbeddedTargetEditor::changed, this, &ConfigPanel::revalidate);
    connect(m_pool, &EmbeddedTargetEditor::changed, this, &ConfigPanel::revalidate);
    connect(m_reactor, &EmbeddedTargetEditor::changed, this, &ConfigPanel::revalidate);
    connect(m_externals, &ExternalTargetsEditor::changed, this, &ConfigPanel::revalidate);
    connect(m_levels, &QLineEdit::textChanged, this, &ConfigPanel::revalidate);
    connect(m_requests, &QSpinBox::valueChanged, this, &ConfigPanel::revalidate);
    connect(m_repeats, &QSpinBox::valueChanged, this, &ConfigPanel::revalidate);
    connect(m_keepAlive, &QCheckBox::toggled, this, &ConfigPanel::revalidate);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &ConfigPanel::showEngineFields);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &ConfigPanel::revalidate);
    connect(m_locustWorkers, &QSpinBox::valueChanged, this, &ConfigPanel::revalidate);
    connect(m_locustMasterBind, &QLineEdit::textChanged, this, &ConfigPanel::revalidate);
    connect(m_locustWait, &QDoubleSpinBox::valueChanged, this, &ConfigPanel::revalidate);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, &ConfigPanel::revalidate);
    connect(m_receiveErrors, &QCheckBox::toggled, this, &ConfigPanel::revalidate);
    showEngineFields();
    retranslate();
}

SweepConfig ConfigPanel::config() const
{
    SweepConfig config = SweepConfig::defaults();
    config.targets.clear();
    if (m_async->isChecked())
        config.targets << m_async->target();
    if (m_thread->isChecked())
        config.targets << m_thread->target();
    if (m_pool->isChecked())
        config.targets << m_pool->target();
    if (m_reactor->isChecked())
        config.targets << m_reactor->target();
    config.targets << m_externals->targets();
    QString ignored;
    config.levels = LevelList::parse(m_levels->text(), &ignored).value_or(QList<int> {});
    config.requests = m_requests->value();
    config.repeats = m_repeats->value();
    config.keepAlive = m_keepAlive->isChecked();
    config.engine
            = engineKindFromKey(m_engine->currentData().toString()).value_or(EngineKind::Socket);
    config.locustWorkers = m_locustWorkers->value();
    config.locustMasterBind = m_locustMasterBind->text().trimmed();
    config.locustWorkerWaitSec = m_locustWait->value();
    config.timeoutSec = m_timeout->value();
    config.receiveErrorsAbort = !m_receiveErrors->isChecked();
    config.title = m_title->text().trimmed();
    config.author = m_author->text().trimmed();
    return config;
}

bool ConfigPanel::isLocust() const
{
    return m_engine->currentData().toString() == engineKindKey(EngineKind::Locust);
}

void ConfigPanel::showEngineFields()
{
    const bool locust = isLocust();
    m_loadForm->setRowVisible(m_locustWorkers, locust);
    m_loadForm->setRowVisible(m_locustMasterBind, locust);
    m_loadForm->setRowVisible(m_locustWait, locust);
}

QString ConfigPanel::locustProblem() const
{
    if (!isLocust())
        return {};
    // The defaults pass, so what fails is the locust fields. The spin boxes'
    // ranges keep the workers and the wait valid: the reason is the master bind's.
    SweepConfig locust = SweepConfig::defaults();
    locust.engine = EngineKind::Locust;
    locust.locustWorkers = m_locustWorkers->value();
    locust.locustMasterBind = m_locustMasterBind->text().trimmed();
    locust.locustWorkerWaitSec = m_locustWait->value();
    return locust.validate();
}

ServerOptions ConfigPanel::serverOptions(ServerModel model) const
{
    return embeddedEditor(model)->options();
}

EmbeddedTargetEditor *ConfigPanel::embeddedEditor(ServerModel model) const
{
    switch (model) {
    case ServerModel::EventDriven:
        break;
    case ServerModel::ThreadPerConnection:
        return m_thread;
    case ServerModel::ThreadPool:
        return m_pool;
    case ServerModel::Reactor:
        return m_reactor;
    }
    return m_async;
}

void ConfigPanel::setLevelsText(const QString &text)
{
    m_levels->setText(text);
}

void ConfigPanel::setRequests(qint64 requests)
{
    m_requests->setValue(int(requests));
}

void ConfigPanel::setConfig(const SweepConfig &config)
{
    const auto has = [&config](ServerModel model) {
        return std::any_of(config.targets.cbegin(), config.targets.cend(),
                           [model](const SweepTarget &t) {
                               return t.isEmbedded() && t.serverModel() == model;
                           });
    };
    m_async->setChecked(has(ServerModel::EventDriven));
    m_thread->setChecked(has(ServerModel::ThreadPerConnection));
    m_pool->setChecked(has(ServerModel::ThreadPool));
    m_reactor->setChecked(has(ServerModel::Reactor));
    for (const SweepTarget &target : config.targets) {
        if (target.isEmbedded())
            embeddedEditor(target.serverModel())->setOptions(target.server);
    }
    while (m_externals->rowCount() > 0)
        m_externals->removeRow(0);
    for (const SweepTarget &target : config.targets) {
        if (!target.isEmbedded())
            m_externals->addTarget(target.label, target.url.toString(), target.launchCommand);
    }
    QStringList levels;
    for (int level : config.levels)
        levels << QString::number(level);
    m_levels->setText(levels.join(u", "));
    m_requests->setValue(int(std::min<qint64>(config.requests, m_requests->maximum())));
    m_repeats->setValue(config.repeats);
    m_keepAlive->setChecked(config.keepAlive);
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(engineKindKey(config.engine))));
    m_locustWorkers->setValue(config.locustWorkers);
    m_locustMasterBind->setText(config.locustMasterBind);
    m_locustWait->setValue(config.locustWorkerWaitSec);
    m_timeout->setValue(config.timeoutSec);
    m_receiveErrors->setChecked(!config.receiveErrorsAbort);
    m_title->setText(config.title);
    m_author->setText(config.author);
    revalidate();
}

void ConfigPanel::revalidate()
{
    // Field-level checks first, so the red line sits under the field to fix.
    QString levelsProblem;
    LevelList::parse(m_levels->text(), &levelsProblem, m_requests->value());
    m_levelsError->setText(levelsProblem);
    const QString locustBindProblem = locustProblem();
    m_locustMasterBindError->setText(locustBindProblem);
    const QString asyncProblem = m_async->check();
    const QString threadProblem = m_thread->check();
    const QString poolProblem = m_pool->check();
    const QString reactorProblem = m_reactor->check();
    const QString externalProblem = m_externals->check();

    QString problem;
    for (const QString &p : {levelsProblem, locustBindProblem, asyncProblem, threadProblem,
                             poolProblem, reactorProblem, externalProblem}) {
        if (problem.isEmpty())
            problem = p;
    }
    QString configProblem;
    if (problem.isEmpty()) {
        const SweepConfig sweep = config();
        configProblem
                = sweep.targets.isEmpty() ? tr("Choose at least one target") : sweep.validate();
        problem = configProblem;
    }
    m_configError->setText(configProblem);
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged(problem);
    }
}

void ConfigPanel::loadSettings(QSettings &settings)
{
    m_async->loadSettings(settings);
    m_thread->loadSettings(settings);
    m_pool->loadSettings(settings);
    m_reactor->loadSettings(settings);
    m_externals->loadSettings(settings);
    settings.beginGroup(QStringLiteral("load"));
    m_levels->setText(settings.value(QStringLiteral("levels"), kDefaultLevels).toString());
    m_requests->setValue(settings.value(QStringLiteral("requests"), 1000).toInt());
    m_repeats->setValue(
            settings.value(QStringLiteral("repeats"), SweepConfig::kDefaultRepeats).toInt());
    m_keepAlive->setChecked(settings.value(QStringLiteral("keepAlive"), false).toBool());
    const int engine = m_engine->findData(
            settings.value(QStringLiteral("engine"), engineKindKey(EngineKind::Socket)));
    m_engine->setCurrentIndex(std::max(0, engine));
    m_locustWorkers->setValue(
            settings.value(QStringLiteral("locustWorkers"), SweepConfig().locustWorkers).toInt());
    m_locustMasterBind->setText(settings.value(QStringLiteral("locustMasterBind")).toString());
    m_locustWait->setValue(
            settings.value(QStringLiteral("locustWorkerWaitSec"), SweepConfig().locustWorkerWaitSec)
                    .toDouble());
    m_timeout->setValue(settings.value(QStringLiteral("timeoutSec"), 30.0).toDouble());
    m_receiveErrors->setChecked(
            settings.value(QStringLiteral("continueOnReceiveErrors"), false).toBool());
    settings.endGroup();
    settings.beginGroup(QStringLiteral("report"));
    m_title->setText(settings.value(QStringLiteral("title")).toString());
    m_author->setText(settings.value(QStringLiteral("author")).toString());
    settings.endGroup();
    revalidate();
}

void ConfigPanel::saveSettings(QSettings &settings) const
{
    m_async->saveSettings(settings);
    m_thread->saveSettings(settings);
    m_pool->saveSettings(settings);
    m_reactor->saveSettings(settings);
    m_externals->saveSettings(settings);
    settings.beginGroup(QStringLiteral("load"));
    settings.setValue(QStringLiteral("levels"), m_levels->text());
    settings.setValue(QStringLiteral("requests"), m_requests->value());
    settings.setValue(QStringLiteral("repeats"), m_repeats->value());
    settings.setValue(QStringLiteral("keepAlive"), m_keepAlive->isChecked());
    settings.setValue(QStringLiteral("engine"), m_engine->currentData());
    settings.setValue(QStringLiteral("locustWorkers"), m_locustWorkers->value());
    settings.setValue(QStringLiteral("locustMasterBind"), m_locustMasterBind->text());
    settings.setValue(QStringLiteral("locustWorkerWaitSec"), m_locustWait->value());
    settings.setValue(QStringLiteral("timeoutSec"), m_timeout->value());
    settings.setValue(QStringLiteral("continueOnReceiveErrors"), m_receiveErrors->isChecked());
    settings.endGroup();
    settings.beginGroup(QStringLiteral("report"));
    settings.setValue(QStringLiteral("title"), m_title->text());
    settings.setValue(QStringLiteral("author"), m_author->text());
    settings.endGroup();
}

void ConfigPanel::retranslate()
{
    m_targetsBox->setTitle(tr("Targets"));
    m_loadBox->setTitle(tr("Load"));
    m_async->retranslate();
    m_thread->retranslate();
    m_pool->retranslate();
    m_reactor->retranslate();
    m_externals->retranslate();
    m_levelsLabel->setText(tr("Concurrency levels:"));
    m_levels->setToolTip(tr("Comma-separated, one table row per level and target"));
    m_requestsLabel->setText(tr("Requests per run (n):"));
    m_repeatsLabel->setText(tr("Repeats per level:"));
    m_repeats->setToolTip(tr("Each target runs this many times at each level, the targets taking "
                             "turns; the table shows the median run, the spread and a verdict "
                             "come from all of them"));
    m_keepAlive->setText(tr("Keep-alive (HTTP/1.1, like ab -k)"));
    m_engineLabel->setText(tr("Engine:"));
    m_engine->setItemText(0, tr("Socket (ab-equivalent)"));
    m_engine->setItemText(1, tr("QNetworkAccessManager"));
    m_engine->setItemText(2, tr("Locust cluster (--locust-workers)"));
    m_locustWorkersLabel->setText(tr("Locust workers:"));
    m_locustWorkers->setToolTip(tr("As --locust-workers: started here on loopback, or, with a "
                                   "master bind, the remote workers to wait for"));
    m_locustMasterBindLabel->setText(tr("Master bind:"));
    m_locustMasterBind->setPlaceholderText(tr("HOST:PORT, empty = local only"));
    m_locustMasterBind->setToolTip(tr("As --locust-master-bind: the master listens there and "
                                      "waits for remote workers; the log shows the command to "
                                      "start them with"));
    m_locustWaitLabel->setText(tr("Worker wait (s):"));
    m_locustWait->setToolTip(tr("As --locust-wait: a run fails when the workers have not all "
                                "connected by then"));
    m_timeoutLabel->setText(tr("Timeout, ab -s (s):"));
    m_timeout->setToolTip(tr("As ab: a run stops when nothing arrives on any connection for this "
                             "long, and its row shows ab's message"));
    m_receiveErrors->setText(tr("Don't stop a run on receive errors (ab -r)"));
    m_reportBox->setTitle(tr("Report"));
    m_titleLabel->setText(tr("&Title:"));
    m_title->setPlaceholderText(tr("e.g. Tugas Pemrograman Jaringan 9"));
    m_title->setToolTip(tr("The markdown report's heading; empty: a default heading"));
    m_authorLabel->setText(tr("&Author:"));
    m_author->setPlaceholderText(tr("Your name and student number"));
    m_author->setToolTip(tr("Written under the report's heading"));
    m_receiveErrors->setToolTip(tr("As ab -r: a connection reset or refused is counted as a "
                                   "failed request and the run goes on"));
    // The reasons are sentences in the current language: recompute them.
    m_problem.clear();
    revalidate();
}
