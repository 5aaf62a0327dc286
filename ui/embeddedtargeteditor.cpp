#include "embeddedtargeteditor.h"

#include "fielderrorlabel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>

#include <algorithm>

EmbeddedTargetEditor::EmbeddedTargetEditor(ServerModel model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    const QString key = serverModelKey(model);
    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(key + QStringLiteral("Check"));
    m_enabled->setChecked(enabledByDefault());
    m_port = new QSpinBox(this);
    m_port->setObjectName(key + QStringLiteral("PortSpin"));
    m_port->setRange(0, 65535);
    m_body = new QSpinBox(this);
    m_body->setObjectName(key + QStringLiteral("BodySpin"));
    m_body->setRange(-1, 100 * 1024 * 1024);
    m_body->setValue(-1);
    m_work = new QSpinBox(this);
    m_work->setObjectName(key + QStringLiteral("WorkSpin"));
    m_work->setRange(0, 10 * 1000 * 1000);
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(key + QStringLiteral("ThreadsSpin"));
    m_threads->setRange(0, 1024);
    m_threadsLabel = new QLabel(this);
    m_portLabel = new QLabel(this);
    m_bodyLabel = new QLabel(this);
    m_workLabel = new QLabel(this);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(key + QStringLiteral("Error"));

    auto grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 4);
    grid->addWidget(m_enabled, 0, 0, 1, 2);
    grid->addWidget(m_portLabel, 1, 0);
    grid->addWidget(m_port, 1, 1);
    grid->addWidget(m_bodyLabel, 2, 0);
    grid->addWidget(m_body, 2, 1);
    grid->addWidget(m_workLabel, 3, 0);
    grid->addWidget(m_work, 3, 1);
    grid->addWidget(m_threadsLabel, 4, 0);
    grid->addWidget(m_threads, 4, 1);
    grid->addWidget(m_error, 5, 0, 1, 2);
    m_threadsLabel->setVisible(hasThreadsKnob());
    m_threads->setVisible(hasThreadsKnob());
    grid->setColumnStretch(1, 1);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_port->setEnabled(on);
        m_body->setEnabled(on);
        m_work->setEnabled(on);
        m_threads->setEnabled(on);
        emit changed();
    });
    for (QSpinBox *spin : {m_port, m_body, m_work, m_threads})
        connect(spin, &QSpinBox::valueChanged, this, &EmbeddedTargetEditor::changed);
    retranslate();
}

bool EmbeddedTargetEditor::isChecked() const
{
    return m_enabled->isChecked();
}

void EmbeddedTargetEditor::setChecked(bool on)
{
    m_enabled->setChecked(on);
}

void EmbeddedTargetEditor::setOptions(const ServerOptions &options)
{
    m_port->setValue(options.port);
    m_body->setValue(
            int(std::clamp<qint64>(options.bodyBytes, m_body->minimum(), m_body->maximum())));
    m_work->setValue(options.workUs);
    if (m_model == ServerModel::ThreadPool)
        m_threads->setValue(options.poolThreads);
    else if (m_model == ServerModel::Reactor)
        m_threads->setValue(options.loops);
}

ServerOptions EmbeddedTargetEditor::options() const
{
    ServerOptions options;
    options.port = quint16(m_port->value());
    options.bodyBytes = m_body->value();
    options.workUs = m_work->value();
    if (m_model == ServerModel::ThreadPool)
        options.poolThreads = m_threads->value();
    else if (m_model == ServerModel::Reactor)
        options.loops = m_threads->value();
    return options;
}

SweepTarget EmbeddedTargetEditor::target() const
{
    SweepTarget target = SweepTarget::embedded(m_model);
    target.server = options();
    return target;
}

QString EmbeddedTargetEditor::check()
{
    QString problem;
    if (isChecked() && m_port->value() != 0) {
        // Try the bind the server would do, so a taken port is named before the run.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, quint16(m_port->value())))
            problem = tr("Port %1 is in use: %2").arg(m_port->value()).arg(probe.errorString());
    }
    m_error->setText(problem);
    return problem;
}

QString EmbeddedTargetEditor::settingsGroup() const
{
    return QStringLiteral("targets/") + serverModelKey(m_model);
}

void EmbeddedTargetEditor::loadSettings(QSettings &settings)
{
    settings.beginGroup(settingsGroup());
    m_enabled->setChecked(settings.value(QStringLiteral("enabled"), enabledByDefault()).toBool());
    m_port->setValue(settings.value(QStringLiteral("port"), 0).toInt());
    m_body->setValue(settings.value(QStringLiteral("bodyBytes"), -1).toInt());
    m_work->setValue(settings.value(QStringLiteral("workUs"), 0).toInt());
    m_threads->setValue(settings.value(QStringLiteral("threads"), 0).toInt());
    settings.endGroup();
}

void EmbeddedTargetEditor::saveSettings(QSettings &settings) const
{
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("enabled"), m_enabled->isChecked());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("bodyBytes"), m_body->value());
    settings.setValue(QStringLiteral("workUs"), m_work->value());
    if (hasThreadsKnob())
        settings.setValue(QStringLiteral("threads"), m_threads->value());
    settings.endGroup();
}

bool EmbeddedTargetEditor::hasThreadsKnob() const
{
    return m_model == ServerModel::ThreadPool || m_model == ServerModel::Reactor;
}

bool EmbeddedTargetEditor::enabledByDefault() const
{
    // Two models keep the default sweep's charts readable; the pool and the
    // reactor are one click away.
    return m_model == ServerModel::EventDriven || m_model == ServerModel::ThreadPerConnection;
}

void EmbeddedTargetEditor::retranslate()
{
    switch (m_model) {
    case ServerModel::EventDriven:
        m_enabled->setText(tr("Event-driven (QTcpServer)"));
        break;
    case ServerModel::ThreadPerConnection:
        m_enabled->setText(tr("Thread per connection (QThread)"));
        break;
    case ServerModel::ThreadPool:
        m_enabled->setText(tr("Thread pool (fixed workers, blocking I/O)"));
        m_threadsLabel->setText(tr("Worker threads:"));
        m_threads->setSpecialValueText(
                tr("default (%1, cores × 2)").arg(ServerOptions::defaultPoolThreads()));
        m_threads->setToolTip(tr("Each worker serves one connection at a time; more clients "
                                 "than workers wait in the accept queue"));
        break;
    case ServerModel::Reactor:
        m_enabled->setText(tr("Event loop per core (SO_REUSEPORT)"));
        m_threadsLabel->setText(tr("Event loops:"));
        m_threads->setSpecialValueText(
                tr("default (%1, one per core)").arg(ServerOptions::defaultLoops()));
        m_threads->setToolTip(tr("Each loop has its own listening socket on the same port and "
                                 "its own connections"));
        break;
    }
    m_portLabel->setText(tr("Port (0 = any free):"));
    m_bodyLabel->setText(tr("Response body (bytes):"));
    m_body->setSpecialValueText(tr("default page"));
    m_body->setToolTip(tr("Size of the generated body GET / answers; \"default page\" keeps the "
                          "course server's page"));
    m_workLabel->setText(tr("Work per request (µs):"));
    m_work->setToolTip(tr("Busy CPU work the server does for each request, in the serving thread"));
}
