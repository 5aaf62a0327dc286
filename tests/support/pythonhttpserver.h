#pragma once

// python3 -m http.server, started by a test on a free port of one address to
// serve one folder; a server no one here wrote. Stopped by stop() or the
// destructor. Lives on the test's thread: start() spins its event loop while
// it waits for the port.

#include <QHostAddress>
#include <QProcess>
#include <QString>

class PythonHttpServer
{
public:
    explicit PythonHttpServer(const QString &directory,
                              const QHostAddress &host = QHostAddress::LocalHost);
    ~PythonHttpServer();
    PythonHttpServer(const PythonHttpServer &) = delete;
    PythonHttpServer &operator=(const PythonHttpServer &) = delete;

    // Keeps what the server prints (a line per request, with the client's
    // address) for output(); by default it goes nowhere.
    void setKeepOutput(bool keep) { m_keepOutput = keep; }

    // False with errorString() when it did not start or did not listen.
    bool start();
    void stop();
    // All the server printed; complete once stop() has returned.
    QString output();

    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

private:
    QString m_directory;
    QHostAddress m_host;
    bool m_keepOutput = false;
    quint16 m_port = 0;
    QString m_error;
    QString m_output;
    QProcess m_process;
};
