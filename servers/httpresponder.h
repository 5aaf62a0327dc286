#pragma once

// HttpResponder: turns one parsed request into the bytes of its response, the
// same for every server model (the course server's routes, a generated body,
// files from the document root, simulated CPU work). Immutable after
// construction and const, so every serving thread shares one instance.

#include "documentroot.h"
#include "embeddedserver.h"
#include "httprequest.h"

#include <QByteArray>

#include <memory>

class HttpResponder
{
public:
    struct Outcome
    {
        int status = 200;
        bool keepAlive = true;
        bool badRequest = false; // the request was refused as malformed (counted)
    };

    explicit HttpResponder(const ServerOptions &options);

    // Appends the whole response to out. Does options.workUs of busy work first.
    Outcome respond(const HttpRequest &request, QByteArray &out) const;
    // An error answer: a short text body and Connection: close.
    static void appendError(int status, QByteArray &out);

    // The body GET / answers: the course server's 31 bytes or bodyBytes generated.
    const QByteArray &rootBody() const { return m_rootBody; }
    const DocumentRoot &documentRoot() const { return *m_documentRoot; }

    static QByteArray reasonPhrase(int status);

private:
    enum class ConnectionHeader { None, KeepAlive, Close };
    static void appendHead(QByteArray &out, int status, QByteArrayView contentType,
                           qint64 contentLength, ConnectionHeader connection,
                           QByteArrayView extraHeaders = {});
    void busyWork() const;

    int m_workUs = 0;
    QByteArray m_rootBody;
    std::unique_ptr<DocumentRoot> m_documentRoot;
};
