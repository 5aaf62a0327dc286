#pragma once

// Debian's nginx-light, started by a test on 127.0.0.1 with its prefix (conf,
// logs, temp files, html/ root) in a folder the test owns, so it needs no
// root and leaves nothing behind. One server block on a free port serves
// PREFIX/html; the test may add more blocks. Stopped by stop() or the
// destructor. Lives on the test's thread: start() spins its event loop while
// it waits for the port.

#include <QProcess>
#include <QString>

class NginxProcess
{
public:
    // Where Debian installs it; tests skip when it is not there.
    static QString program();
    static bool isInstalled();

    explicit NginxProcess(const QString &prefix);
    ~NginxProcess();
    NginxProcess(const NginxProcess &) = delete;
    NginxProcess &operator=(const NginxProcess &) = delete;

    // The access log's line, as nginx's log_format; empty: nginx's "combined".
    void setLogFormat(const QString &format);
    // More server blocks inside http {}, written as nginx reads them.
    void addServers(const QString &blocks);

    // Writes PREFIX/nginx.conf, starts nginx and waits until the port answers.
    // False with errorString() when it could not.
    bool start();
    void stop();

    quint16 port() const { return m_port; }
    QString root() const;
    QString accessLogPath() const;
    QString errorString() const { return m_error; }

private:
    QString config() const;

    QString m_prefix;
    QString m_logFormat;
    QString m_servers;
    QString m_error;
    quint16 m_port = 0;
    QProcess m_process;
};
