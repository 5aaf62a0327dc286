#pragma once

// EmbeddedServer: the interface every concurrency model implements, so the
// workbench, the sweep and the tests drive them the same way.
// start(), stop() and stats() may be called from any one controlling thread;
// stats() may be called from any thread while the server runs.

#include <QHostAddress>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

enum class ServerModel { EventDriven, ThreadPerConnection, ThreadPool, Reactor };

// "async" / "thread" / "pool" / "reactor": the keys used on the command line,
// in file names and JSON.
QString serverModelKey(ServerModel model);
std::optional<ServerModel> serverModelFromKey(const QString &key);
// Every model, in the order the GUI and the tests list them.
QList<ServerModel> allServerModels();

struct ServerOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = any free port; port() tells which
    QString docRoot; // empty = the document root shipped in resources/
    qint64 bodyBytes = -1; // >= 0: GET / answers a generated body of this size
    int workUs = 0; // busy CPU work per request, in the serving thread
    int idleTimeoutMs = 10000; // idle keep-alive and slow-header deadline
    int maxConnections = 10000; // above this, 503 and close
    int poolThreads = 0; // ThreadPool: worker threads; 0 = cores x 2
    int loops = 0; // Reactor: event loops; 0 = one per core

    static int defaultPoolThreads();
    static int defaultLoops();
    int effectivePoolThreads() const
    {
        return poolThreads > 0 ? poolThreads : defaultPoolThreads();
    }
    int effectiveLoops() const { return loops > 0 ? loops : defaultLoops(); }
};

struct ServerStats
{
    quint64 accepted = 0;
    quint64 served = 0; // responses written, errors included
    quint64 badRequests = 0; // 4xx/5xx answers to malformed requests
    int current = 0; // open connections now
    int peak = 0; // most open connections at once since start()
    quint64 acceptPauses = 0; // times accept() ran out of descriptors and backed off
};

class EmbeddedServer
{
public:
    virtual ~EmbeddedServer() = default;

    static std::unique_ptr<EmbeddedServer> create(ServerModel model);

    // Blocks until the server listens (true) or failed (false, errorString()).
    virtual bool start(const ServerOptions &options) = 0;
    // Closes every connection and joins every thread the server started.
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    virtual quint16 port() const = 0;
    virtual QString errorString() const = 0;
    virtual ServerStats stats() const = 0;
    virtual ServerModel model() const = 0;

    // "http://127.0.0.1:<port>/" while running.
    QString url() const;
};
