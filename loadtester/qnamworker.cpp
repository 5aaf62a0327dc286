#include "qnamworker.h"

#include "cputime.h"
#include "socketworker.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>

#include <cerrno>
#include <chrono>

namespace {

constexpr size_t kUsersPerManager = 6; // QNAM's connections per host

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

// QNAM speaks HTTP/1.1 and finds the end of each response itself (Content-
// Length, chunked or the close), whatever LoadTest::framing says: the body
// framing stays QNAM's. The rest of ab's rules (-s, -r, -l) are applied here
// and in QnamEngine.
QNetworkRequest makeRequest(const LoadTest &test)
{
    QNetworkRequest request(test.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // serverbench's own rule: each request fails alone after -s. ab's rule
    // (the default) is the engine's: -s without progress on any reply ends
    // the whole run.
    if (test.timeoutPerRequest)
        request.setTransferTimeout(int(std::min(test.timeoutSec * 1000, 2e9)));
#if QT_CONFIG(ssl)
    if (test.url.scheme().compare(u"https", Qt::CaseInsensitive) == 0) {
        // ab does not verify the server's certificate either: a benchmark
        // target is often a test server with a self-signed one.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
#endif
    request.setRawHeader("User-Agent", "ApacheBench/2.3");
    request.setRawHeader("Accept", "*/*");
    // An explicit Accept-Encoding stops QNAM from asking for gzip and
    // inflating it, which would change the byte counts.
    request.setRawHeader("Accept-Encoding", "identity");
    // Keep-alive off: a new connection per request, as ab without -k.
    if (!test.keepAlive)
        request.setRawHeader("Connection", "close");
    // ab's order (ab.c test()): cookie, credentials, body headers, then -H,
    // which may replace any of them.
    if (!test.cookies.isEmpty())
        request.setRawHeader("Cookie", test.cookies.constLast()); // ab keeps the last -C
    if (!test.basicAuth.isEmpty())
        request.setRawHeader("Authorization", "Basic " + test.basicAuth.toBase64());
    if (!test.proxyAuth.isEmpty())
        request.setRawHeader("Proxy-Authorization", "Basic " + test.proxyAuth.toBase64());
    if (test.sendBody)
        request.setRawHeader("Content-Type",
                             test.contentType.isEmpty() ? QByteArray("text/plain")
                                                        : test.contentType);
    for (const auto &h : test.headers)
        request.setRawHeader(h.first, h.second);
    return request;
}

// Bytes of the response head as the server sent it (give or take folded or
// merged duplicate headers): status line, header lines, blank line.
qint64 headBytes(QNetworkReply *reply, int status)
{
    const QByteArray reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    qint64 bytes = qint64(sizeof("HTTP/1.1 200 ") - 1) + reason.size() + 2;
    Q_UNUSED(status);
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        bytes += pair.first.size() + 2 + pair.second.size() + 2;
    return bytes + 2;
}

} // namespace

void QnamRunShared::markProgress()
{
    lastProgressNs.store(steadyNowNs(), std::memory_order_relaxed);
}

void QnamRunShared::abort(const QString &message, int status)
{
    std::lock_guard lock(m_abortMutex);
    if (aborted.load())
        return;
    m_abortMessage = message;
    m_abortStatus = status;
    aborted.store(true);
}

QString QnamRunShared::abortMessage() const
{
    std::lock_guard lock(m_abortMutex);
    return m_abortMessage;
}

int QnamRunShared::abortStatus() const
{
    std::lock_guard lock(m_abortMutex);
    return m_abortStatus;
}

int QnamWorker::receiveErrno(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        // ab's non-blocking connect() reports a refusal at its first recv().
        return ECONNREFUSED;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        // A reset or an orderly close: Qt 6.4 cannot tell them apart.
        // QNativeSocketEnginePrivate::nativeRead() turns read()'s
        // ECONNRESET into 0, the end of stream, and QNativeSocketEngine::
        // read() reports both as QAbstractSocket::RemoteHostClosedError
        // ("The remote host closed the connection"), which QNAM's HTTP
        // channel passes on as QNetworkReply::RemoteHostClosedError
        // ("Connection closed"); the socket is QNAM's own, so neither its
        // errno nor SO_ERROR can be read. Where in the exchange it happened
        // is all QNAM shows, and onFinished() chooses by that:
        // - before any byte of the response (Qt resends the request, up to
        //   twice, then fails): a reset, as tests/fixtures/student_server.py
        //   reset does it and ab says "apr_socket_recv: Connection reset by
        //   peer (104)". An orderly close there, which ab counts as a done
        //   request of 0 bytes, is taken for a reset too.
        // - after the status and headers (a body shorter than its
        //   Content-Length): an orderly close, which ab reads as the end of
        //   the response (complete; Length failure if its body differs from
        //   the first one's). A reset there, where ab stops (104), is taken
        //   for a close: counted, not fatal, and still seen as a Length
        //   failure. Taking every close for a reset would stop runs ab
        //   completes, with a message ("Connection reset") that is false.
        // - a body without Content-Length or chunks ends at either, and QNAM
        //   completes the reply: a reset there is not seen at all.
        return ECONNRESET;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ETIMEDOUT;
    default:
        return 0;
    }
}

QString QnamWorker::receiveErrorMessage(int errnum)
{
    // apr_strerror() is strerror() for system errors.
    return QStringLiteral("apr_socket_recv: %1 (%2)").arg(qt_error_string(errnum)).arg(errnum);
}

QnamWorker::QnamWorker(QnamRunShared &shared, int users, QObject *parent)
    : QObject(parent), m_shared(shared), m_users(size_t(users)), m_stopTimer(this)
{
    m_stopTimer.setInterval(50);
    connect(&m_stopTimer, &QTimer::timeout, this, &QnamWorker::checkStop);
}

QnamWorker::~QnamWorker()
{
    qDeleteAll(m_managers);
}

int QnamWorker::managersFor(int users, bool keepAlive)
{
    const int perManager = keepAlive ? 1 : int(kUsersPerManager);
    return (users + perManager - 1) / perManager;
}

qint64 QnamWorker::now() const
{
    return SocketWorker::nowUs(m_shared.originNs);
}

void QnamWorker::start()
{
    m_shared.handOff.acquire();
    m_cpuStart = CpuTime::threadSeconds();
    m_request = makeRequest(m_shared.test); // the same for every request
    // A manager runs up to 6 requests to one host at once, each on its own
    // connection, and does its HTTP work on a thread of its own: 6 users per
    // manager keeps exactly c in flight with the fewest threads. With
    // keep-alive, though, Qt 6.4 opened a new connection for about every
    // tenth request when users shared a manager (strace: 147 sockets for
    // 2000 requests at c=2, 1 socket with one manager per user), so each
    // user gets its own manager then.
    const LoadTest &test = m_shared.test;
    const size_t perManager = test.keepAlive ? 1 : kUsersPerManager;
    const int managers = managersFor(int(m_users.size()), test.keepAlive);
    for (int i = 0; i < managers; ++i) {
        auto *manager = new QNetworkAccessManager;
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager->setCookieJar(nullptr);
        if (!test.proxyHost.isEmpty()) // ab -X
            manager->setProxy(
                    QNetworkProxy(QNetworkProxy::HttpProxy, test.proxyHost, test.proxyPort));
        m_managers.push_back(manager);
    }
    for (size_t i = 0; i < m_users.size(); ++i)
        m_users[i].manager = m_managers[i / perManager];
    m_stopTimer.start();
    for (User &u : m_users)
        next(u);
    if (m_active == 0)
        finish();
}

void QnamWorker::next(User &user)
{
    if (m_stopping || m_shared.unstarted.fetch_sub(1, std::memory_order_relaxed) <= 0)
        return;
    const LoadTest &test = m_shared.test;
    ++m_active;
    user.startUs = now();
    user.sentUs = -1;
    user.firstByteUs = -1;
    user.bodyBytes = 0;
    user.sends = 0;
    user.resetCounted = false;
    const QNetworkRequest &request = m_request;
    QNetworkReply *reply = nullptr;
    if (test.sendBody)
        reply = user.manager->sendCustomRequest(request, test.method, test.body);
    else if (test.method == "GET")
        reply = user.manager->get(request);
    else if (test.method == "HEAD")
        reply = user.manager->head(request);
    else
        reply = user.manager->sendCustomRequest(request, test.method); // -m: no body
    user.reply = reply;
    if (test.sendBody)
        bytesSent += test.body.size();
    connect(reply, &QNetworkReply::requestSent, this, [this, &user] { onRequestSent(user); });
    if (test.sendBody)
        connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_shared.markProgress(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, &user] {
        if (user.firstByteUs < 0)
            user.firstByteUs = now();
        m_shared.markProgress();
    });
    connect(reply, &QIODevice::readyRead, this, [this, &user] { onReadyRead(user); });
    connect(reply, &QNetworkReply::finished, this, [this, &user] { onFinished(user); });
}

void QnamWorker::onRequestSent(User &user)
{
    m_shared.markProgress();
    if (++user.sends == 1) {
        user.sentUs = now();
        return;
    }
    // Sent again: the server closed or reset the connection before any
    // byte of the reply, and Qt resent the request on a new one (it does so
    // up to twice, unasked and unseen but for this signal). Taken for a reset
    // (receiveErrno() says why): ab reads it, "apr_socket_recv: Connection
    // reset by peer (104)"; -r counts it, once per request (ab's request slot
    // is spent on the reset connection, as this one is, whatever Qt's further
    // tries give), in Receive and, as poll() reports the reset as an error
    // too, in Exceptions.
    if (m_stopping || user.resetCounted)
        return;
    user.resetCounted = true;
    ++failedReceive;
    if (!m_shared.test.receiveErrorsAbort)
        ++failedExceptions;
    progressFailed.fetch_add(1, std::memory_order_relaxed);
    countTimeline(now(), true);
    if (m_shared.test.receiveErrorsAbort) {
        m_shared.abort(receiveErrorMessage(ECONNRESET), ECONNRESET);
        stopAll();
    }
}

void QnamWorker::onReadyRead(User &user)
{
    QNetworkReply *reply = user.reply;
    if (!reply || !reply->isOpen())
        return;
    if (user.firstByteUs < 0)
        user.firstByteUs = now();
    m_shared.markProgress();
    char buffer[16384];
    for (;;) {
        const qint64 r = reply->read(buffer, sizeof(buffer));
        if (r <= 0)
            break;
        user.bodyBytes += r;
    }
}

void QnamWorker::onFinished(User &user)
{
    QNetworkReply *reply = user.reply;
    if (!reply)
        return;
    onReadyRead(user);
    user.reply = nullptr;
    reply->deleteLater();
    --m_active;
    m_shared.markProgress();
    // ab exits where it aborts: nothing that finishes after it counts.
    if (!m_stopping && m_shared.aborted.load())
        stopAll();
    if (m_stopping) {
        if (m_active == 0)
            finish();
        return;
    }
    const qint64 t = now();
    lastEventUs = t;
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // A close after the status and headers ends the response, as ab reads
    // it (receiveErrno() says why a reset there is taken for one too).
    const bool closedMidBody = error == QNetworkReply::RemoteHostClosedError
            && statusAttribute.isValid() && !user.resetCounted;
    const bool gotResponse = statusAttribute.isValid()
            && (error == QNetworkReply::NoError || closedMidBody
                || (error >= QNetworkReply::ContentAccessDenied
                    && error <= QNetworkReply::UnknownContentError)
                || (error >= QNetworkReply::ProtocolUnknownError
                    && error <= QNetworkReply::UnknownServerError
                    && error != QNetworkReply::ProtocolFailure));
    if (gotResponse) {
        const int status = statusAttribute.toInt();
        RequestSample s;
        s.startUs = user.startUs;
        const qint64 sent = user.sentUs >= 0 ? user.sentUs : user.startUs;
        // ab stamps "connected" at the first write; requestSent is the
        // nearest QNAM tells.
        s.connectUs = std::max<qint64>(0, sent - user.startUs);
        s.waitUs = user.firstByteUs >= 0 ? std::max<qint64>(0, user.firstByteUs - sent) : 0;
        s.totalUs = std::max<qint64>(0, t - user.startUs);
        samples.append(s);
        ++statusCounts[status];
        if (status < 200 || status > 299)
            ++non2xx;
        totalRead += headBytes(reply, status) + user.bodyBytes;
        bodyRead += user.bodyBytes;
        ++bodyLengthCounts[user.bodyBytes];
        if (m_shared.test.keepAlive && !closedMidBody
            && !reply->rawHeader("Connection").toLower().contains("close"))
            ++keepAliveRequests;
        if (firstDoneUs < 0) {
            firstDoneUs = t;
            firstBodyLength = user.bodyBytes;
            firstServer = QString::fromLatin1(reply->rawHeader("Server").split(' ').value(0));
        }
        ++complete;
        progressDone.store(complete, std::memory_order_relaxed);
        countTimeline(t, false);
    } else if (user.resetCounted) {
        // Counted as a receive failure when Qt resent it (-r), and Qt's
        // further tries failed too: ab's close_connection() counts the reset
        // request done.
        countDoneWithoutResponse(user, t);
        if (firstError.isEmpty())
            firstError = reply->errorString();
    } else if ((error == QNetworkReply::ConnectionRefusedError
                || error == QNetworkReply::ProxyConnectionRefusedError)
               && !m_shared.test.receiveErrorsAbort) {
        countRefusal(user, t);
        if (firstError.isEmpty())
            firstError = reply->errorString();
    } else {
        bool done = false; // ab -r's close_connection(): a done request
        switch (error) {
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyNotFoundError:
            ++failedConnect;
            break;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::ProxyConnectionRefusedError:
            // ab's non-blocking connect() succeeds; its first recv() fails
            // (and without -r stops the run).
            ++failedReceive;
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ProxyConnectionClosedError:
            // Taken for a reset (receiveErrno()): ab -r counts it in Receive
            // and Exceptions, and the request as done.
            ++failedReceive;
            if (!m_shared.test.receiveErrorsAbort) {
                ++failedExceptions;
                done = true;
            }
            break;
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            ++failedReceive;
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            ++timeouts;
            ++failedExceptions;
            break;
        default:
            ++failedExceptions;
            break;
        }
        if (firstError.isEmpty())
            firstError = reply->errorString();
        progressFailed.fetch_add(1, std::memory_order_relaxed);
        countTimeline(t, true);
        if (done)
            countDoneWithoutResponse(user, t);
        else
            totalRead += user.bodyBytes;
        if (abortsRun(error)) {
            stopAll();
            return;
        }
    }
    next(user);
    if (m_active == 0)
        finish();
}

void QnamWorker::countRefusal(User &user, qint64 t)
{
    // ab -r against a refused port (ab -r -n 10 -c 2: Complete 10, Receive
    // 10, Exceptions 5): ab's non-blocking connect() is in progress, then
    // poll() reports the refusal as POLLHUP and POLLERR. ab reads first:
    // recv() fails with ECONNREFUSED (Receive), close_connection() counts the
    // request done and start_connect() opens the next connection at once;
    // then for the POLLERR it counts an Exception and, as the new connection
    // is still connecting, reads it too, and on the loopback its refusal is
    // already there: a second Receive and done, then a third connection. So
    // every second refusal of the run counts an Exception, whichever
    // connection (here: worker) it came on; an odd last one still reads the
    // extra connection's refusal, counted in Receive though not done (ab -r
    // -n 9: Complete 9, Receive 10, Exceptions 5).
    const qint64 k = m_shared.refused.fetch_add(1, std::memory_order_relaxed) + 1;
    ++failedReceive;
    if (k % 2 == 1) {
        ++failedExceptions;
        if (k == m_shared.test.requests)
            ++failedReceive;
    }
    progressFailed.fetch_add(1, std::memory_order_relaxed);
    countTimeline(t, true);
    countDoneWithoutResponse(user, t);
}

void QnamWorker::countDoneWithoutResponse(const User &user, qint64 t)
{
    // ab's close_connection(): no status, and the times it knows (connect
    // and wait were never stamped for this connection: 0).
    RequestSample s;
    s.startUs = user.startUs;
    s.totalUs = std::max<qint64>(0, t - user.startUs);
    samples.append(s);
    totalRead += user.bodyBytes;
    bodyRead += user.bodyBytes;
    // ab's Length rule compares it with the first good response's body
    // (WorkerTally::mergeInto); it does not set the document length itself.
    ++bodyLengthCounts[user.bodyBytes];
    ++complete;
    progressDone.store(complete, std::memory_order_relaxed);
    countTimeline(t, false);
}

bool QnamWorker::abortsRun(QNetworkReply::NetworkError error)
{
    const LoadTest &test = m_shared.test;
    if (error == QNetworkReply::HostNotFoundError) {
        // ab resolves the host once, before the first connect, and stops
        // there whatever -r says: apr_err("apr_sockaddr_info_get() for
        // host", APR_EAI_START + EAI_NONAME), exit status 670002 & 255.
        const QString host = test.proxyHost.isEmpty() ? test.url.host() : test.proxyHost;
        m_shared.abort(QStringLiteral("apr_sockaddr_info_get() for %1: Name or service not known "
                                      "(670002)")
                               .arg(host),
                       670002 & 255);
        return true;
    }
    const int errnum = receiveErrno(error);
    // With -s per request (serverbench's rule) a timeout fails its request
    // alone; -r counts every receive error and goes on.
    if (errnum == 0 || !test.receiveErrorsAbort || (errnum == ETIMEDOUT && test.timeoutPerRequest))
        return false;
    m_shared.abort(receiveErrorMessage(errnum), errnum);
    return true;
}

void QnamWorker::checkStop()
{
    if (m_stopping)
        return;
    if (m_shared.aborted.load()) {
        stopAll();
    } else if (m_shared.cancel && m_shared.cancel->load(std::memory_order_relaxed)) {
        stoppedByCancel = true;
        stopAll();
    } else if (m_shared.test.timeLimitSec > 0
               && double(now()) >= m_shared.test.timeLimitSec * 1e6) {
        stoppedByTimeLimit = true;
        stopAll();
    }
}

void QnamWorker::stopAll()
{
    // In-flight requests are dropped, as ab drops them at -t or SIGINT.
    m_stopping = true;
    lastEventUs = std::max(lastEventUs, now());
    for (User &u : m_users) {
        // finished() comes synchronously. A reply whose connection failed
        // already (network and proxy errors, 1-199) finishes on its own, and
        // aborting it makes Qt warn; an HTTP error status (200+) may still
        // be downloading its body.
        const int error = u.reply ? int(u.reply->error()) : 0;
        if (u.reply && (error == QNetworkReply::NoError || error >= 200))
            u.reply->abort();
    }
    if (m_active == 0)
        finish();
}

void QnamWorker::finish()
{
    if (finished.load())
        return;
    m_stopTimer.stop();
    cpuSec = CpuTime::threadSeconds() - m_cpuStart;
    finished.store(true);
    emit done();
}

void QnamWorker::shutdown()
{
    for (QNetworkAccessManager *manager : m_managers)
        manager->deleteLater();
    m_managers.clear();
    for (User &u : m_users)
        u.manager = nullptr;
    m_shared.handOff.release(); // the engine destroys this worker next
    thread()->quit();
}
