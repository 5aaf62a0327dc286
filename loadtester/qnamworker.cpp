#include "qnamworker.h"

#include "cputime.h"
#include "socketworker.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>

namespace {

constexpr qint64 kBucketUs = 100'000;
constexpr size_t kUsersPerManager = 6; // QNAM's connections per host

QNetworkRequest makeRequest(const LoadTest &test)
{
    QNetworkRequest request(test.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
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
    if (test.sendBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QString::fromLatin1(test.contentType));
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
    const size_t perManager = m_shared.test.keepAlive ? 1 : kUsersPerManager;
    const int managers = managersFor(int(m_users.size()), m_shared.test.keepAlive);
    for (int i = 0; i < managers; ++i) {
        auto *manager = new QNetworkAccessManager;
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager->setCookieJar(nullptr);
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
    const QNetworkRequest &request = m_request;
    QNetworkReply *reply = nullptr;
    if (test.method == "GET")
        reply = user.manager->get(request);
    else if (test.method == "HEAD")
        reply = user.manager->head(request);
    else if (test.method == "POST")
        reply = user.manager->post(request, test.body);
    else
        reply = user.manager->sendCustomRequest(request, test.method, test.body);
    user.reply = reply;
    bytesSent += test.body.size();
    connect(reply, &QNetworkReply::requestSent, this, [this, &user] { user.sentUs = now(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, &user] {
        if (user.firstByteUs < 0)
            user.firstByteUs = now();
    });
    connect(reply, &QIODevice::readyRead, this, [this, &user] { onReadyRead(user); });
    connect(reply, &QNetworkReply::finished, this, [this, &user] { onFinished(user); });
}

void QnamWorker::onReadyRead(User &user)
{
    QNetworkReply *reply = user.reply;
    if (!reply || !reply->isOpen())
        return;
    if (user.firstByteUs < 0)
        user.firstByteUs = now();
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
    if (m_stopping) {
        if (m_active == 0)
            finish();
        return;
    }
    const qint64 t = now();
    lastEventUs = t;
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool gotResponse = statusAttribute.isValid()
            && (error == QNetworkReply::NoError
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
        if (m_shared.test.keepAlive && !reply->rawHeader("Connection").toLower().contains("close"))
            ++keepAliveRequests;
        if (firstDoneUs < 0) {
            firstDoneUs = t;
            firstBodyLength = user.bodyBytes;
            firstServer = QString::fromLatin1(reply->rawHeader("Server").split(' ').value(0));
        }
        ++complete;
        progressDone.store(complete, std::memory_order_relaxed);
        countTimeline(t, false);
    } else {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            ++failedConnect;
            break;
        case QNetworkReply::RemoteHostClosedError:
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
        totalRead += user.bodyBytes;
        if (firstError.isEmpty())
            firstError = reply->errorString();
        progressFailed.fetch_add(1, std::memory_order_relaxed);
        countTimeline(t, true);
    }
    next(user);
    if (m_active == 0)
        finish();
}

void QnamWorker::checkStop()
{
    if (m_stopping)
        return;
    if (m_shared.cancel && m_shared.cancel->load(std::memory_order_relaxed)) {
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
        if (u.reply)
            u.reply->abort(); // finished() comes synchronously
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

void QnamWorker::countTimeline(qint64 nowUs, bool failed)
{
    const size_t bucket = size_t(std::max<qint64>(0, nowUs) / kBucketUs);
    if (timeline.size() <= bucket)
        timeline.resize(bucket + 1);
    if (failed)
        ++timeline[bucket].failed;
    else
        ++timeline[bucket].completed;
}
