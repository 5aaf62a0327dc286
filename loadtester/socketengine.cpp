#include "socketengine.h"

#include "runcoordinator.h"
#include "socketworker.h"

#include <QHostAddress>
#include <QHostInfo>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <memory>
#include <thread>

#include <netinet/in.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace {

bool fillAddress(const QHostAddress &host, quint16 port, sockaddr_storage &address,
                 socklen_t &length)
{
    std::memset(&address, 0, sizeof(address));
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(&address);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(host.toIPv4Address());
        length = sizeof(sockaddr_in);
        return true;
    }
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&address);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR a = host.toIPv6Address();
        std::memcpy(&in6->sin6_addr, a.c, 16);
        length = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

QHostAddress resolve(const QString &hostName)
{
    QHostAddress direct;
    if (direct.setAddress(hostName))
        return direct;
    const QHostInfo info = QHostInfo::fromName(hostName);
    QHostAddress fallback;
    for (const QHostAddress &a : info.addresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            return a;
        if (fallback.isNull())
            fallback = a;
    }
    return fallback;
}

} // namespace

int SocketEngine::defaultThreads(int concurrency, bool keepAlive)
{
    // One thread, as ab. Against nginx (bench/client.sh, 2 cores) a second
    // thread gave 10-25% more requests/s from c = 30 without keep-alive, but
    // against a course server written in Python, which needs a core of its
    // own, the second client thread took it away: 0.5-0.9x ab at c = 30
    // (bench/parity.sh, thread-spin) where one thread gives ~1.0x. --threads
    // asks for more.
    Q_UNUSED(concurrency);
    Q_UNUSED(keepAlive);
    return 1;
}

QByteArray SocketEngine::requestBytes(const LoadTest &test)
{
    const QUrl &url = test.url;
    QByteArray target;
    if (!test.proxyHost.isEmpty()) {
        target = url.toEncoded(); // ab -X: the absolute URL, to the proxy
    } else {
        target = url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (url.hasQuery())
            target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    }
    auto overridden = [&test](const char *name) {
        for (const auto &h : test.headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    // ab.c test(): request line, keep-alive, cookie, credentials, body
    // headers, then -H headers, then its defaults unless a -H replaced them.
    QByteArray r = test.method + ' ' + target + " HTTP/1.0\r\n";
    if (test.keepAlive)
        r += "Connection: Keep-Alive\r\n";
    if (!test.cookies.isEmpty())
        r += "Cookie: " + test.cookies.constLast() + "\r\n"; // ab keeps the last -C
    if (!test.basicAuth.isEmpty())
        r += "Authorization: Basic " + test.basicAuth.toBase64() + "\r\n";
    if (!test.proxyAuth.isEmpty())
        r += "Proxy-Authorization: Basic " + test.proxyAuth.toBase64() + "\r\n";
    if (test.sendBody) {
        r += "Content-length: " + QByteArray::number(test.body.size()) + "\r\n";
        r += "Content-type: "
                + (test.contentType.isEmpty() ? QByteArray("text/plain") : test.contentType)
                + "\r\n";
    }
    for (const auto &h : test.headers)
        r += h.first + ": " + h.second + "\r\n";
    if (!overridden("Host")) {
        const int port = url.port(80);
        r += "Host: " + QUrl::toAce(url.host())
                + (port == 80 ? QByteArray() : ':' + QByteArray::number(port)) + "\r\n";
    }
    if (!overridden("User-Agent"))
        r += "User-Agent: ApacheBench/2.3\r\n";
    if (!overridden("Accept"))
        r += "Accept: */*\r\n";
    r += "\r\n";
    if (test.sendBody)
        r += test.body;
    return r;
}

RunResult SocketEngine::run(const LoadTest &test, RunControl &control)
{
    RunCoordinator coordinator(test, EngineKind::Socket, control);
    if (!coordinator.prepare())
        return coordinator.finish(coordinator.result().error);
    RunResult &result = coordinator.result();
    auto shared = std::make_unique<SocketRunShared>();
    // ab -X: every connection goes to the proxy.
    const bool proxied = !test.proxyHost.isEmpty();
    const QString connectHost = proxied ? test.proxyHost : test.url.host();
    const quint16 connectPort = proxied ? test.proxyPort : result.serverPort;
    const QHostAddress host = resolve(connectHost);
    if (host.isNull() || !fillAddress(host, connectPort, shared->address, shared->addressLength)) {
        // ab: apr_sockaddr_info_get() fails before the first connect.
        result.error = QStringLiteral("cannot resolve host '%1'").arg(connectHost);
        result.abortMessage = QStringLiteral("apr_sockaddr_info_get() for %1: "
                                             "Name or service not known (670002)")
                                      .arg(connectHost);
        result.abortStatus = 670002 & 0xff;
        return coordinator.finish(result.error);
    }
    if (!test.bindAddress.isEmpty()) {
        const QHostAddress local = resolve(test.bindAddress);
        if (local.isNull()
            || !fillAddress(local, 0, shared->bindAddress, shared->bindAddressLength)) {
            result.error = QStringLiteral("cannot resolve the local address '%1' (-B)")
                                   .arg(test.bindAddress);
            result.abortMessage = QStringLiteral("apr_sockaddr_info_get() for %1: "
                                                 "Name or service not known (670002)")
                                          .arg(test.bindAddress);
            result.abortStatus = 670002 & 0xff;
            return coordinator.finish(result.error);
        }
    }
    shared->request = requestBytes(test);
    shared->requests = test.requests;
    shared->headRequest = test.method == "HEAD";
    shared->keepAlive = test.keepAlive;
    shared->framing = test.framing;
    shared->receiveErrorsAbort = test.receiveErrorsAbort;
    shared->variableLength = test.variableLength;
    shared->timeoutPerRequest = test.timeoutPerRequest;
    shared->windowSize = test.windowSize;
    shared->verbosity = test.verbosity;
    shared->timeoutUs = qint64(test.timeoutSec * 1e6);
    shared->timeLimitUs = test.timeLimitSec > 0 ? qint64(test.timeLimitSec * 1e6) : 0;
    shared->cancel = &control.cancelRequested;
    shared->trace = control.onTrace;
    shared->wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    // ab opens one connection until a first header arrives; serverbench's
    // own rules open all c at once, as before they followed ab.
    shared->initialized = test.timeoutPerRequest || test.framing == Framing::Http;
    if (test.verbosity >= 2 && control.onTrace) {
        // ab prints the request head (not the body) before it starts.
        const QByteArray head = shared->request.left(shared->request.indexOf("\r\n\r\n") + 4);
        control.onTrace("INFO: " + test.method + " header == \n---\n" + head + "\n---\n");
    }

    const int threads = coordinator.chooseThreads(defaultThreads(test.concurrency, test.keepAlive));
    std::vector<std::unique_ptr<SocketWorker>> workers;
    int firstIndex = 0;
    for (int i = 0; i < threads; ++i) {
        workers.push_back(
                std::make_unique<SocketWorker>(*shared, coordinator.share(i), firstIndex));
        firstIndex += coordinator.share(i);
    }

    shared->originNs = coordinator.start();
    std::vector<std::thread> threadList;
    for (auto &worker : workers) {
        threadList.emplace_back([&coordinator, w = worker.get()] {
            w->run();
            coordinator.workerFinished();
        });
    }
    std::vector<const WorkerTally *> tallies;
    for (auto &w : workers)
        tallies.push_back(w.get());
    coordinator.waitForWorkers(tallies, std::chrono::milliseconds(50),
                               [&] { return coordinator.finishedWorkers() == threads; });
    for (auto &t : threadList)
        t.join();
    if (shared->wakeFd >= 0)
        ::close(shared->wakeFd);

    // Merge once. ab's document length and Length failures were counted as
    // the responses ended, against its global first response.
    coordinator.merge(tallies, false);
    result.documentLength = shared->documentLength.load();
    result.serverSoftware = QString::fromLatin1(shared->serverName);
    for (auto &w : workers)
        result.failedLength += w->lengthFailures;
    if (shared->aborted())
        coordinator.setAbort(shared->abortMessage(), shared->abortStatus());
    return coordinator.finish(describeErrors(result, workers, test, coordinator.fileLimit()));
}

// Run-level errors, named so the user can act on them.
QString SocketEngine::describeErrors(const RunResult &result,
                                     const std::vector<std::unique_ptr<SocketWorker>> &workers,
                                     const LoadTest &test, qint64 fileLimit)
{
    QStringList errors;
    bool emfile = false;
    int connectErrno = 0;
    int receiveErrno = 0;
    qint64 headerTooLarge = 0;
    for (auto &w : workers) {
        emfile = emfile || w->emfile;
        if (!connectErrno)
            connectErrno = w->firstConnectErrno;
        if (!receiveErrno)
            receiveErrno = w->firstReceiveErrno;
        headerTooLarge += w->headerTooLarge;
    }
    if (emfile)
        errors << QStringLiteral(
                          "Too many open files (EMFILE): the client ran out of file descriptors "
                          "(limit %1); lower -c or raise 'ulimit -n'")
                          .arg(fileLimit);
    else if (result.aborted())
        errors << result.abortMessage.trimmed().replace(u'\n', u' ').simplified();
    else if (result.failedConnect > 0 && connectErrno)
        errors << QStringLiteral("connect to %1:%2 failed: %3 (%4 times)")
                          .arg(result.serverHostname)
                          .arg(result.serverPort)
                          .arg(QString::fromLocal8Bit(std::strerror(connectErrno)))
                          .arg(result.failedConnect);
    if (!result.aborted() && result.failedReceive > 0 && result.complete == 0)
        errors << QStringLiteral("receive failed %1 times (%2)")
                          .arg(result.failedReceive)
                          .arg(receiveErrno ? QString::fromLocal8Bit(std::strerror(receiveErrno))
                                            : QStringLiteral(
                                                    "connection closed before the response ended"));
    if (result.timeouts > 0 && result.complete == 0)
        errors << QStringLiteral("%1 requests got no response within %2 s (-s)")
                          .arg(result.timeouts)
                          .arg(test.timeoutSec);
    if (headerTooLarge > 0)
        errors << QStringLiteral("%1 responses had no end of header within 2047 bytes")
                          .arg(headerTooLarge);
    return errors.join(QStringLiteral("; "));
}
