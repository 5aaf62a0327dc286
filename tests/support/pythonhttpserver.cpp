#include "pythonhttpserver.h"

#include "testports.h"
#include "testprocesses.h"

PythonHttpServer::PythonHttpServer(const QString &directory, const QHostAddress &host)
    : m_directory(directory), m_host(host)
{ }

PythonHttpServer::~PythonHttpServer()
{
    stop();
}

bool PythonHttpServer::start()
{
    m_port = TestPorts::freePort(m_host);
    if (!m_port) {
        m_error = QStringLiteral("no free port on %1").arg(m_host.toString());
        return false;
    }
    if (m_keepOutput) {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
    } else {
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
    }
    return TestProcesses::startListening(m_process, QStringLiteral("python3"),
                                         {QStringLiteral("-m"), QStringLiteral("http.server"),
                                          QString::number(m_port), QStringLiteral("--bind"),
                                          m_host.toString(), QStringLiteral("--directory"),
                                          m_directory},
                                         m_host, m_port, &m_error);
}

void PythonHttpServer::stop()
{
    TestProcesses::stop(m_process);
}

QString PythonHttpServer::output()
{
    if (m_keepOutput)
        m_output += QString::fromUtf8(m_process.readAll());
    return m_output;
}
