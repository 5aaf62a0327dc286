#include "reactorhttpserver.h"

#include "httpresponder.h"
#include "listensocket.h"
#include "reactorloop.h"

#include <unistd.h>

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
    m_responder = std::make_unique<HttpResponder>(options);

    // Every socket first, then the loops: with port 0 the first socket picks
    // the port and the others join it. SO_REUSEPORT lets the kernel hash each
    // new connection to one of them.
    const int count = options.effectiveLoops();
    if (options.port != 0 && !ListenSocket::isFree(options.address, options.port, &m_errorString)) {
        m_responder.reset();
        return false;
    }
    QList<int> descriptors;
    quint16 port = options.port;
    for (int i = 0; i < count; ++i) {
        const int fd = ListenSocket::open(options.address, port, true, &m_errorString);
        if (fd < 0) {
            for (int open : std::as_const(descriptors))
                ::close(open);
            m_responder.reset();
            return false;
        }
        if (i == 0)
            port = ListenSocket::boundPort(fd);
        descriptors.append(fd);
    }
    for (int i = 0; i < count; ++i) {
        auto loop = std::make_unique<ReactorLoop>(i);
        const bool started
                = loop->start(descriptors.at(i), options, *m_responder, m_counters, &m_errorString);
        m_loops.push_back(std::move(loop));
        if (!started) {
            for (int j = i + 1; j < count; ++j)
                ::close(descriptors.at(j));
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
        loop->stop();
    m_loops.clear();
    m_responder.reset();
    m_running = false;
    m_port = 0;
}

QList<quint64> ReactorHttpServer::acceptedPerLoop() const
{
    QList<quint64> accepted;
    for (const auto &loop : m_loops)
        accepted.append(loop->accepted());
    return accepted;
}
