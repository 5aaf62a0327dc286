#include "serverstoolbar.h"

#include "uilog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

#include <algorithm>

ServersToolBar::ServersToolBar(QWidget *parent) : QToolBar(parent)
{
    setObjectName(QStringLiteral("serversToolBar"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("manualServersLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    addWidget(m_title);
    for (ServerModel model : allServerModels()) {
        Slot &slot = m_slots[indexOf(model)];
        const QString key = serverModelKey(model);
        slot.name = new QLabel(this);
        slot.toggle = new QAction(this);
        slot.toggle->setObjectName(key + QStringLiteral("ServerToggle"));
        slot.toggle->setCheckable(true);
        slot.url = new QLineEdit(this);
        slot.url->setObjectName(key + QStringLiteral("ServerUrl"));
        slot.url->setReadOnly(true); // selectable and copyable
        slot.url->setFixedWidth(
                fontMetrics().horizontalAdvance(QStringLiteral("http://127.0.0.1:65535/ ")) + 12);
        slot.counters = new QLabel(this);
        slot.counters->setObjectName(key + QStringLiteral("ServerCounters"));
        slot.counters->setMinimumWidth(fontMetrics().horizontalAdvance(
                QStringLiteral("now 9999 (peak 9999) · served 9999999 · bad 9999")));
        addWidget(slot.name);
        addAction(slot.toggle);
        // QToolBar's buttons take no focus; Tab must reach Start all the same.
        QWidget *button = widgetForAction(slot.toggle);
        button->setObjectName(key + QStringLiteral("ServerButton"));
        button->setFocusPolicy(Qt::TabFocus);
        addWidget(slot.url);
        slot.countersItem = addWidget(slot.counters);
        if (model != allServerModels().constLast())
            addSeparator();
        connect(slot.toggle, &QAction::triggered, this, [this, model](bool on) {
            if (on)
                startServer(model);
            else
                stopServer(model);
        });
    }
    m_poll = new QTimer(this);
    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, &ServersToolBar::poll);
    retranslate();
}

ServersToolBar::~ServersToolBar()
{
    stopAll();
}

void ServersToolBar::setOptionsProvider(std::function<ServerOptions(ServerModel)> provider)
{
    m_provider = std::move(provider);
}

bool ServersToolBar::isRunning(ServerModel model) const
{
    const Slot &slot = m_slots[indexOf(model)];
    return slot.server && slot.server->isRunning();
}

QString ServersToolBar::url(ServerModel model) const
{
    return m_slots[indexOf(model)].url->text();
}

QString ServersToolBar::countersText(ServerModel model) const
{
    return m_slots[indexOf(model)].counters->text();
}

QAction *ServersToolBar::toggleAction(ServerModel model) const
{
    return m_slots[indexOf(model)].toggle;
}

bool ServersToolBar::startServer(ServerModel model)
{
    Slot &slot = m_slots[indexOf(model)];
    if (slot.server && slot.server->isRunning())
        return true;
    slot.server = EmbeddedServer::create(model);
    const ServerOptions options = m_provider ? m_provider(model) : ServerOptions();
    // start() returns once the server listens in its own thread(s), or failed to bind.
    const bool ok = slot.server->start(options);
    if (!ok) {
        const QString error = slot.server->errorString();
        slot.server.reset();
        emit message(tr("Could not start the %1 server on port %2: %3")
                             .arg(serverModelKey(model))
                             .arg(options.port)
                             .arg(error));
        qCWarning(lcUi) << "server start failed:" << error;
    } else {
        emit message(
                tr("The %1 server listens on %2").arg(serverModelKey(model), slot.server->url()));
        m_poll->start();
    }
    updateSlot(model);
    emit serverStateChanged();
    return ok;
}

void ServersToolBar::stopServer(ServerModel model)
{
    Slot &slot = m_slots[indexOf(model)];
    if (slot.server) {
        slot.server->stop(); // joins the server's threads
        slot.server.reset();
        emit message(tr("The %1 server stopped").arg(serverModelKey(model)));
    }
    updateSlot(model);
    const QList<ServerModel> models = allServerModels();
    if (std::none_of(models.cbegin(), models.cend(),
                     [this](ServerModel other) { return isRunning(other); }))
        m_poll->stop();
    emit serverStateChanged();
}

void ServersToolBar::stopAll()
{
    for (ServerModel model : allServerModels()) {
        Slot &slot = m_slots[indexOf(model)];
        if (slot.server) {
            slot.server->stop();
            slot.server.reset();
        }
    }
    m_poll->stop();
}

void ServersToolBar::updateSlot(ServerModel model)
{
    Slot &slot = m_slots[indexOf(model)];
    const bool running = slot.server && slot.server->isRunning();
    slot.toggle->setChecked(running);
    slot.toggle->setText(running ? tr("Stop") : tr("Start"));
    slot.toggle->setToolTip(
            running ? tr("Stop this manually started server (closes its connections). Run "
                         "Sweep does not use it.")
                    : tr("Start this server by hand, with the port and knobs of the Targets "
                         "panel, to point a browser, curl or ab at it. Run Sweep does not need "
                         "it: the sweep starts its own servers."));
    slot.url->setText(running ? slot.server->url() : QString());
    slot.url->setPlaceholderText(tr("stopped"));
    // Their reserved width would push the other server off a narrow window
    // while there is nothing to count.
    slot.countersItem->setVisible(running);
    if (!running) {
        slot.counters->setText(QString());
        return;
    }
    const ServerStats stats = slot.server->stats();
    slot.counters->setText(tr("now %1 (peak %2) · served %3 · bad %4")
                                   .arg(stats.current)
                                   .arg(stats.peak)
                                   .arg(stats.served)
                                   .arg(stats.badRequests));
}

void ServersToolBar::poll()
{
    for (ServerModel model : allServerModels())
        updateSlot(model);
}

void ServersToolBar::retranslate()
{
    setWindowTitle(tr("Manual servers"));
    m_title->setText(tr("Manual servers (for a browser or ab):"));
    m_title->setToolTip(tr("Run Sweep starts and stops its own servers; these are only "
                           "for trying a server by hand, e.g. in a browser, with curl or ab."));
    m_slots[indexOf(ServerModel::EventDriven)].name->setText(tr(" Event-driven: "));
    m_slots[indexOf(ServerModel::ThreadPerConnection)].name->setText(
            tr(" Thread per connection: "));
    m_slots[indexOf(ServerModel::ThreadPool)].name->setText(tr(" Thread pool: "));
    m_slots[indexOf(ServerModel::Reactor)].name->setText(tr(" Loop per core: "));
    poll();
}
