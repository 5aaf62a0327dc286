#include "studentserverscript.h"

#include <QFile>

namespace StudentServerScript {

namespace {

// A Python string literal's contents: the bytes as they are where that is
// safe, \n as a reader expects it, \xNN elsewhere.
QByteArray escaped(const QByteArray &bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f && c != '"' && c != '\\')
            out += c;
        else if (c == '\n')
            out += "\\n";
        else
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
    }
    return out;
}

// The script, with body set from bodyExpression (Python) for each request.
QByteArray script(const QByteArray &bodyExpression, const Headers &extraHeaders)
{
    QByteArray headers;
    for (const auto &[name, value] : extraHeaders)
        headers += "        self.send_header(\"" + escaped(name) + "\", \"" + escaped(value)
                + "\")\n";
    return R"(import sys
from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = )"
            + bodyExpression + R"(
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
)" + headers + R"(        self.end_headers()
        self.wfile.write(body)


HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
)";
}

bool save(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) >= 0 && file.flush();
}

} // namespace

QByteArray text(const QByteArray &body, const Headers &extraHeaders)
{
    return script("b\"" + escaped(body) + '"', extraHeaders);
}

QByteArray textServingFile(const QString &fileName, const Headers &extraHeaders)
{
    return script("open(\"" + escaped(fileName.toUtf8()) + "\", \"rb\").read()", extraHeaders);
}

bool write(const QString &path, const QByteArray &body, const Headers &extraHeaders)
{
    return save(path, text(body, extraHeaders));
}

bool writeServingFile(const QString &path, const QString &fileName, const Headers &extraHeaders)
{
    return save(path, textServingFile(fileName, extraHeaders));
}

} // namespace StudentServerScript
