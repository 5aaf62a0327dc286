#pragma once

// LocustFile: the locustfile serverbench hands to Locust's master and
// workers, and the per-run request it sends them. The file holds no request
// of its own: each run's request (method, URL, headers, body, keep-alive)
// travels with the run's command, so one cluster serves every target and
// level of a sweep. Pure functions, any thread.

#include "loadtest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class LocustFile
{
public:
    // The locustfile's text (Python, for Locust 2.12).
    static QByteArray text();
    // Writes text() to path; false with *error set when it cannot.
    static bool write(const QString &path, QString *error);
    // The run's request as the locustfile reads it: method, url, path,
    // headers (ab's -H, -C, -A, -T, and "Connection: close" unless -k, so
    // each request gets its own connection as with ab) and body.
    static QJsonObject request(const LoadTest &test);
};
