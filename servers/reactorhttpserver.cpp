#include "reactorhttpserver.h"

#include "asyncservercore.h"
#include "httpresponder.h"
#include "listenerthread.h"
#include "listensocket.h"

// One event loop: its thread, and the connections its core counts there for
// acceptedPerLoop() to read from any thread.
struct ReactorHttpServer::Loop
{
    explicit Loop(int index) : thread(QStringLiteral("reactor-loop-%1").arg(index)) { }

    std::atomic<quint64> accepted {0};
    ListenerThread thread; // declared last, so stopped before the counter goes
};

ReactorHttpServer::ReactorHttpServer() = default;

ReactorHttpServer::~ReactorHttpServer()
{
    stop();
}

bool ReactorHttpServer::start(const ServerOptions &options)
{
    if (m_running) {
        m_errorString = QStringLiteral("the server is already running");
        return false;
    }
    m_errorString.clear();
    m_counters.reset();
    if (options.port != 0 && !ListenSocket::isFree(options.address, options.port, &m_errorString))
        return false;
    m_responder = std::make_unique<HttpResponder>(options);

    // Loop after loop, each opens its own SO_REUSEPORT socket on its own
    // thread: with port 0 the first picks the port and the others join it,
    // and the kernel hashes each new connection to one of them. A descriptor
    // never leaves its loop's thread, so no failure here has one to close:
    // ListenSocket::open() closes its own when it fails, and from listen()
    // on it is the core's (see AsyncServerCore::listen()).
    quint16 port = options.port;
    const int count = options.effectiveLoops();
    for (int i = 0; i < count; ++i) {
        auto loop = std::make_unique<Loop>(i);
        std::atomic<quint64> *accepted = &loop->accepted;
        // Both run before start() returns: references to this frame are safe.
        const auto make = [this, &options, accepted] {
            auto *core = new AsyncServerCore(options, *m_responder, m_counters);
            core->countAcceptsIn(accepted);
            return core;
        };
        const auto listen
                = [&options, port](QObject *listener, QString *errorString, quint16 *bound) {
                      const int fd = ListenSocket::open(options.address, port, true, errorString);
                      if (fd < 0)
                          return false;
                      auto *core = static_cast<AsyncServerCore *>(listener);
                      if (!core->listen(errorString, fd))
                          return false;
                      *bound = core->port();
                      return true;
                  };
        const bool started = loop->thread.start(make, listen, &m_errorString, &port);
        m_loops.push_back(std::move(loop));
        if (!started) {
            stop();
            return false;
        }
    }
    m_port = port;
    m_running = true;
    return true;
}

void ReactorHttpServer::stop()
{
    for (auto &loop : m_loops)
        loop->thread.stop();
    m_loops.clear();
    m_responder.reset();
    m_running = false;
    m_port = 0;
}

QList<quint64> ReactorHttpServer::acceptedPerLoop() const
{
    QList<quint64> accepted;
    for (const auto &loop : m_loops)
        accepted.append(loop->accepted.load(std::memory_order_relaxed));
    return accepted;
}
