#pragma once

// The smallest server a student hands in: `python3 server.py PORT` on
// 127.0.0.1, BaseHTTPRequestHandler answering every GET with 200, a
// text/plain body and Content-Length. The body is fixed in the script, or a
// file of the folder the server was started in: a test that gets that file's
// bytes knows the launch command changed to that folder. Tests write it into
// a folder of theirs and let the code under test launch it. Plain functions,
// any thread.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace StudentServerScript {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// The script's text; extraHeaders go after Content-Length.
QByteArray text(const QByteArray &body, const Headers &extraHeaders = {});
// The same server answering with the file fileName, read for each request,
// relative to the folder it was started in.
QByteArray textServingFile(const QString &fileName, const Headers &extraHeaders = {});

// Writes text() to path; false when it could not.
bool write(const QString &path, const QByteArray &body, const Headers &extraHeaders = {});
// Writes textServingFile() to path; false when it could not.
bool writeServingFile(const QString &path, const QString &fileName,
                      const Headers &extraHeaders = {});

} // namespace StudentServerScript
