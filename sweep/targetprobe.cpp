#include "targetprobe.h"

#include "externaltarget.h"
#include "sweeplog.h"

#include "httpresponseparser.h"
#include "loadtest.h"
#include "socketengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <memory>

namespace {

constexpr int kPollMs = 100;
constexpr qsizetype kBodyStartBytes = 1024;
constexpr qint64 kOutputTailBytes = 2048;

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// The URL check SweepConfig::validate() applies to an external target, so
// the probe refuses what the sweep would refuse.
QString checkUrl(const SweepTarget &target)
{
    SweepConfig config = SweepConfig::defaults();
    config.engine = EngineKind::Qnam; // the probe speaks https itself
    config.targets = {SweepTarget::external(
            target.label.trimmed().isEmpty() ? QStringLiteral("target") : target.label,
            target.url)};
    return config.validate();
}

QString socketError(const QTcpSocket &socket, const QString &host, quint16 port)
{
    switch (socket.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return QStringLiteral("connection refused by %1:%2 (nothing listens there)")
                .arg(host)
                .arg(port);
    case QAbstractSocket::HostNotFoundError:
        return QStringLiteral("host '%1' not found").arg(host);
    case QAbstractSocket::RemoteHostClosedError:
        return QStringLiteral("%1:%2 closed the connection without answering").arg(host).arg(port);
    default:
        return QStringLiteral("%1:%2: %3").arg(host).arg(port).arg(socket.errorString());
    }
}

struct Head
{
    QString statusLine;
    int statusCode = 0;
    QList<QPair<QString, QString>> headers;
    QByteArray rest; // what followed the header block
};

// The final response's header block in raw (interim 1xx ones skipped, as
// HttpResponseParser skips them). Only called once the parser has read it.
Head splitHead(QByteArray raw)
{
    Head head;
    while (true) {
        qsizetype end = raw.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        const qsizetype bare = raw.indexOf("\n\n");
        if (end < 0 || (bare >= 0 && bare < end)) {
            end = bare;
            separator = 2;
        }
        if (end < 0)
            end = raw.size(); // cannot happen once the parser saw the block
        const QList<QByteArray> lines = raw.left(end).split('\n');
        head.rest = raw.mid(end + separator);
        head.statusLine = QString::fromLatin1(lines.value(0).trimmed());
        head.statusCode = head.statusLine.section(u' ', 1, 1).toInt();
        if (head.statusCode >= 100 && head.statusCode < 200 && head.statusCode != 101
            && !head.rest.isEmpty()) {
            raw = head.rest;
            continue;
        }
        head.headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (line.isEmpty())
                continue;
            if (colon < 0)
                head.headers.append({QString::fromLatin1(line), QString()});
            else
                head.headers.append({QString::fromLatin1(line.left(colon).trimmed()),
                                     QString::fromLatin1(line.mid(colon + 1).trimmed())});
        }
        return head;
    }
}

QString fileTail(const QString &path, qint64 startAt)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() <= startAt)
        return {};
    file.seek(qMax(startAt, file.size() - kOutputTailBytes));
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    // Our own "=== ..." bookkeeping lines say nothing about the server.
    lines.removeIf([](const QString &line) { return line.startsWith(u"==="); });
    return lines.join(u'\n').trimmed();
}

} // namespace

TargetProbe::TargetProbe(QObject *parent) : QObject(parent) { }

TargetProbe::~TargetProbe()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait(); // at worst the launch command's SIGTERM grace
        delete m_thread;
    }
}

bool TargetProbe::start(const SweepTarget &target, double launchTimeoutSec, double fetchTimeoutSec)
{
    if (m_thread)
        return false;
    m_cancelled = false;
    m_result = Result();
    m_thread = QThread::create([this, target, launchTimeoutSec, fetchTimeoutSec] {
        run(target, launchTimeoutSec, fetchTimeoutSec);
    });
    m_thread->setObjectName(QStringLiteral("TargetProbe"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
    return true;
}

void TargetProbe::cancel()
{
    m_cancelled = true;
}

void TargetProbe::report(Stage stage)
{
    // Queued to the probe's thread; dropped if the probe is gone by then.
    QMetaObject::invokeMethod(
            this, [this, stage] { emit stageChanged(stage); }, Qt::QueuedConnection);
}

void TargetProbe::run(const SweepTarget &target, double launchTimeoutSec, double fetchTimeoutSec)
{
    const QString urlProblem = checkUrl(target);
    if (!urlProblem.isEmpty()) {
        m_result.error = urlProblem;
        return;
    }
    const QString command = target.launchCommand.trimmed();
    std::unique_ptr<ExternalTarget> launched;
    QTemporaryDir logDir;
    const QString logPath = logDir.filePath(QStringLiteral("probe.log"));
    if (!command.isEmpty()) {
        const QString problem = ExternalTarget::checkCommand(command);
        if (!problem.isEmpty()) {
            m_result.error = problem;
            return;
        }
        report(Stage::Launching);
        launched = std::make_unique<ExternalTarget>(command, target.url, logPath);
        QElapsedTimer clock;
        clock.start();
        if (!launched->launch(launchTimeoutSec, [this] { return m_cancelled.load(); })) {
            m_result.error = m_cancelled ? QStringLiteral("cancelled") : launched->errorString();
            m_result.serverOutput = fileTail(logPath, 0);
            return;
        }
        m_result.launchMs = msSince(clock);
        m_result.launchedPid = launched->processId();
        qCDebug(lcSweep) << "probe: launched" << command << "pid" << m_result.launchedPid;
    }

    report(Stage::Fetching);
    fetch(target.url, fetchTimeoutSec);

    if (launched) {
        report(Stage::Stopping);
        launched->stop();
        m_result.serverOutput = fileTail(logPath, 0);
    }
}

void TargetProbe::fetch(const QUrl &url, double timeoutSec)
{
    const bool https = url.scheme() == u"https";
    const QString host = url.host();
    const quint16 port = quint16(url.port(https ? 443 : 80));
    std::unique_ptr<QTcpSocket> socket;
#if QT_CONFIG(ssl)
    if (https) {
        auto ssl = std::make_unique<QSslSocket>();
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone); // as ab and the qnam engine
        ssl->connectToHostEncrypted(host, port);
        socket = std::move(ssl);
    }
#else
    if (https) {
        m_result.error = QStringLiteral("this build of Qt has no TLS: https cannot be tried");
        return;
    }
#endif
    QElapsedTimer clock;
    clock.start();
    const qint64 limitMs = qint64(timeoutSec * 1000);
    if (!socket) {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(host, port);
    }
    while (!socket->waitForConnected(kPollMs)) {
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            m_result.error = socketError(*socket, host, port);
            return;
        }
        if (m_cancelled) {
            m_result.error = QStringLiteral("cancelled");
            return;
        }
        if (clock.elapsed() > limitMs) {
            m_result.error = QStringLiteral("no connection to %1:%2 within %3 s")
                                     .arg(host)
                                     .arg(port)
                                     .arg(timeoutSec);
            return;
        }
    }
#if QT_CONFIG(ssl)
    if (https) {
        auto *ssl = static_cast<QSslSocket *>(socket.get());
        while (!ssl->isEncrypted()) {
            if (ssl->state() != QAbstractSocket::ConnectedState || m_cancelled
                || clock.elapsed() > limitMs) {
                m_result.error = m_cancelled ? QStringLiteral("cancelled")
                                             : QStringLiteral("TLS handshake with %1:%2 failed: %3")
                                                       .arg(host)
                                                       .arg(port)
                                                       .arg(ssl->errorString());
                return;
            }
            ssl->waitForEncrypted(kPollMs);
        }
    }
#endif
    m_result.connectMs = msSince(clock);

    LoadTest test;
    test.url = url;
    socket->write(SocketEngine::requestBytes(test));
    QElapsedTimer sent;
    sent.start();

    HttpResponseParser parser;
    parser.reset(false);
    QByteArray raw; // the bytes up to the header block's end, and the body's start
    bool headRead = false;
    auto consume = [&](const QByteArray &bytes) {
        if (!headRead || raw.size() < kBodyStartBytes * 4)
            raw += bytes;
        qsizetype offset = 0;
        while (offset < bytes.size() && parser.state() == HttpResponseParser::State::Incomplete)
            offset += parser.feed(bytes.constData() + offset, bytes.size() - offset);
        if (!headRead && parser.headerComplete()) {
            headRead = true;
            m_result.headerMs = msSince(sent);
        }
    };
    while (parser.state() == HttpResponseParser::State::Incomplete) {
        const bool more = socket->waitForReadyRead(kPollMs);
        if (socket->bytesAvailable() > 0)
            consume(socket->readAll());
        if (parser.state() != HttpResponseParser::State::Incomplete)
            break;
        if (!more && socket->state() != QAbstractSocket::ConnectedState) {
            parser.finishOnClose();
            break;
        }
        if (m_cancelled) {
            m_result.error = QStringLiteral("cancelled");
            break;
        }
        if (clock.elapsed() > limitMs) {
            if (!headRead)
                m_result.error = raw.isEmpty()
                        ? QStringLiteral("%1:%2 accepted the connection but sent nothing "
                                         "within %3 s")
                                  .arg(host)
                                  .arg(port)
                                  .arg(timeoutSec)
                        : QStringLiteral("%1:%2 sent no complete header within %3 s")
                                  .arg(host)
                                  .arg(port)
                                  .arg(timeoutSec);
            break;
        }
    }
    m_result.totalMs = msSince(clock);
    socket->abort();

    m_result.bodyBytes = parser.bodyBytes();
    m_result.bodyComplete = parser.state() == HttpResponseParser::State::Complete;
    if (headRead) {
        const Head head = splitHead(raw);
        m_result.ok = true;
        m_result.error.clear(); // a late cancel or the limit cut the body only
        m_result.statusLine = head.statusLine;
        m_result.statusCode = parser.statusCode();
        m_result.headers = head.headers;
        m_result.bodyStart = head.rest.left(kBodyStartBytes);
    } else if (m_result.error.isEmpty()) {
        const QByteArray firstLine = raw.left(raw.indexOf('\n')).trimmed().left(80);
        m_result.error = raw.isEmpty()
                ? QStringLiteral("%1:%2 closed the connection without answering")
                          .arg(host)
                          .arg(port)
                : QStringLiteral("%1:%2 did not answer with HTTP (%3): \"%4\"")
                          .arg(host)
                          .arg(port)
                          .arg(QString::fromLatin1(HttpResponseParser::errorName(parser.error())),
                               QString::fromLatin1(firstLine));
    }
}
