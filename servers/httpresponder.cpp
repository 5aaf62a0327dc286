#include "httpresponder.h"

#include "httpdate.h"

#include <QElapsedTimer>

#include <charconv>

namespace {

const QByteArray kCourseBody = QByteArrayLiteral("Ini Adalah web Server percobaan");
const QByteArray kSantaiBody = QByteArrayLiteral("santai saja");
const QByteArray kPostBody = QByteArrayLiteral("kosong");
constexpr char kVideoLocation[] = "/santai";

QByteArray generatedBody(qint64 size)
{
    // Printable and not all one byte, so a compressing proxy cannot cheat.
    static const char kPattern[] = "0123456789abcdefghijklmnopqrstuvwxyz\n";
    QByteArray body(qsizetype(size), Qt::Uninitialized);
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = kPattern[i % (sizeof kPattern - 1)];
    return body;
}

} // namespace

HttpResponder::HttpResponder(const ServerOptions &options)
    : m_workUs(qMax(0, options.workUs)),
      m_rootBody(options.bodyBytes >= 0 ? generatedBody(options.bodyBytes) : kCourseBody),
      m_documentRoot(std::make_unique<DocumentRoot>(
              options.docRoot.isEmpty() ? DocumentRoot::defaultDirectory() : options.docRoot))
{ }

QByteArray HttpResponder::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

void HttpResponder::appendHead(QByteArray &out, int status, QByteArrayView contentType,
                               qint64 contentLength, ConnectionHeader connection,
                               QByteArrayView extraHeaders)
{
    char number[24];
    out.append("HTTP/1.1 ");
    auto end = std::to_chars(number, number + sizeof number, status).ptr;
    out.append(number, end - number);
    out.append(' ');
    out.append(reasonPhrase(status));
    out.append("\r\nDate: ");
    out.append(httpDate());
    out.append("\r\nServer: serverbench/" SERVERBENCH_VERSION "\r\nContent-Type: ");
    out.append(contentType);
    out.append("\r\nContent-Length: ");
    end = std::to_chars(number, number + sizeof number, contentLength).ptr;
    out.append(number, end - number);
    out.append("\r\n");
    if (connection == ConnectionHeader::KeepAlive)
        out.append("Connection: keep-alive\r\n"); // ab -k reuses only when it sees this
    else if (connection == ConnectionHeader::Close)
        out.append("Connection: close\r\n");
    out.append(extraHeaders);
    out.append("\r\n");
}

void HttpResponder::appendError(int status, QByteArray &out)
{
    const QByteArray body = QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n';
    appendHead(out, status, "text/plain; charset=utf-8", body.size(), ConnectionHeader::Close,
               status == 503 ? QByteArrayView("Retry-After: 1\r\n") : QByteArrayView());
    out.append(body);
}

void HttpResponder::busyWork() const
{
    // Spin rather than sleep: the point is CPU time taken in the serving thread.
    QElapsedTimer timer;
    timer.start();
    const qint64 until = qint64(m_workUs) * 1000;
    volatile quint64 sink = 0;
    while (timer.nsecsElapsed() < until) {
        for (int i = 0; i < 64; ++i)
            sink = sink + quint64(i);
    }
}

HttpResponder::Outcome HttpResponder::respond(const HttpRequest &request, QByteArray &out) const
{
    if (m_workUs > 0)
        busyWork();

    Outcome outcome;
    outcome.keepAlive = request.keepAlive;
    const ConnectionHeader connection = !request.keepAlive ? ConnectionHeader::Close
            : request.versionMinor == 0                    ? ConnectionHeader::KeepAlive
                                                           : ConnectionHeader::None;
    const bool withBody = request.method != HttpMethod::Head;
    const auto answer = [&](int status, QByteArrayView type, const QByteArray &body,
                            QByteArrayView extra = {}) {
        outcome.status = status;
        appendHead(out, status, type, body.size(), connection, extra);
        if (withBody)
            out.append(body);
    };

    if (request.method == HttpMethod::Post) {
        answer(200, "text/html", kPostBody);
        return outcome;
    }
    const QByteArray path = request.path();
    if (path == "/") {
        answer(200, "text/html", m_rootBody);
    } else if (path == "/santai") {
        answer(200, "text/html", kSantaiBody);
    } else if (path == "/video") {
        static const QByteArray location
                = QByteArrayLiteral("Location: ") + kVideoLocation + QByteArrayLiteral("\r\n");
        answer(302, "text/html", QByteArray(), location);
    } else {
        const DocumentRoot::File file = m_documentRoot->read(path);
        if (file.outcome == DocumentRoot::Outcome::Found) {
            answer(200, file.contentType, file.content);
        } else if (file.outcome == DocumentRoot::Outcome::NotFound) {
            static const QByteArray notFound = QByteArrayLiteral("404 Not Found\n");
            answer(404, "text/plain; charset=utf-8", notFound);
        } else {
            outcome.status = 400;
            outcome.keepAlive = false;
            outcome.badRequest = true;
            appendError(400, out);
        }
    }
    return outcome;
}
