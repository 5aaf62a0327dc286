#pragma once

// ServersToolBar: start or stop each embedded server on its own, so ab,
// wrk, curl or a browser can be pointed at it. Run Sweep never uses these:
// the sweep starts its own, so the toolbar says "manual". Owns the EmbeddedServer
// objects; each server runs on its own thread(s) (EmbeddedServer does that),
// this toolbar only calls start()/stop() and polls stats() ~4 times a second.
// GUI thread.

#include "embeddedserver.h"

#include <QToolBar>

#include <array>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;

class ServersToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit ServersToolBar(QWidget *parent = nullptr);
    ~ServersToolBar() override;

    // Where the port and knobs come from (the config panel).
    void setOptionsProvider(std::function<ServerOptions(ServerModel)> provider);
    bool isRunning(ServerModel model) const;
    QString url(ServerModel model) const;
    QString countersText(ServerModel model) const;
    QAction *toggleAction(ServerModel model) const;

public slots:
    bool startServer(ServerModel model);
    void stopServer(ServerModel model);
    void stopAll();
    void retranslate();

signals:
    void message(const QString &text);
    void serverStateChanged();

private:
    struct Slot
    {
        std::unique_ptr<EmbeddedServer> server;
        QAction *toggle = nullptr;
        QLabel *name = nullptr;
        QLineEdit *url = nullptr;
        QLabel *counters = nullptr;
        QAction *countersItem = nullptr; // hides the counters while the server is stopped
    };
    static int indexOf(ServerModel model) { return int(model); } // 0..3, allServerModels()'s order
    void updateSlot(ServerModel model);
    void poll();

    QLabel *m_title = nullptr;
    std::array<Slot, 4> m_slots;
    std::function<ServerOptions(ServerModel)> m_provider;
    QTimer *m_poll = nullptr;
};
