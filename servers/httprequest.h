#pragma once

// HttpRequest: what HttpRequestParser extracts from one request head. A plain
// value, owned by whichever thread parsed it. Only what the routes and the
// connection handling need is kept, so parsing allocates little.

#include <QByteArray>

enum class HttpMethod { Get, Head, Post };

struct HttpRequest
{
    HttpMethod method = HttpMethod::Get;
    QByteArray target; // the request-target exactly as sent (origin-form, with query)
    int versionMinor = 1; // HTTP/1.<versionMinor>: 0 or 1
    bool keepAlive = true; // after the version default and the Connection header
    bool chunked = false; // Transfer-Encoding: chunked
    qint64 contentLength = 0; // declared body length; 0 when absent or chunked
    int headerCount = 0;
    QByteArray host; // value of the Host header (empty when absent)

    // The path part of target (before '?'), not decoded.
    QByteArray path() const
    {
        const qsizetype q = target.indexOf('?');
        return q < 0 ? target : target.left(q);
    }
};
