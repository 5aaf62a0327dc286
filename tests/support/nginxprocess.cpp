#include "nginxprocess.h"

#include "testports.h"
#include "testprocesses.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

QString NginxProcess::program()
{
    return QStringLiteral("/usr/sbin/nginx");
}

bool NginxProcess::isInstalled()
{
    return QFile::exists(program());
}

NginxProcess::NginxProcess(const QString &prefix) : m_prefix(prefix) { }

NginxProcess::~NginxProcess()
{
    stop();
}

void NginxProcess::setLogFormat(const QString &format)
{
    m_logFormat = format;
}

void NginxProcess::addServers(const QString &blocks)
{
    m_servers += blocks;
}

QString NginxProcess::root() const
{
    return m_prefix + QStringLiteral("/html");
}

QString NginxProcess::accessLogPath() const
{
    return m_prefix + QStringLiteral("/logs/access.log");
}

QString NginxProcess::config() const
{
    const QString &p = m_prefix;
    // nginx drops to "nobody" when started as root, and nobody cannot read
    // a test's temporary folder.
    QString conf = QStringLiteral("worker_processes 1;\n");
    if (geteuid() == 0)
        conf += QStringLiteral("user root;\n");
    conf += QStringLiteral("error_log ") + p + QStringLiteral("/logs/error.log;\npid ") + p
            + QStringLiteral("/nginx.pid;\nevents { worker_connections 1024; }\nhttp {\n");
    if (m_logFormat.isEmpty()) {
        conf += QStringLiteral(" access_log ") + accessLogPath() + QStringLiteral(";\n");
    } else {
        conf += QStringLiteral(" log_format sb '") + m_logFormat + QStringLiteral("';\n");
        conf += QStringLiteral(" access_log ") + accessLogPath() + QStringLiteral(" sb;\n");
    }
    // Temp paths in the prefix: the compiled-in ones under /var need root.
    conf += QStringLiteral(" client_body_temp_path %1/tmp; proxy_temp_path %1/tmp;\n"
                           " fastcgi_temp_path %1/tmp; uwsgi_temp_path %1/tmp; "
                           "scgi_temp_path %1/tmp;\n")
                    .arg(p);
    // Keep-alive runs send far more than nginx's default 1000 a connection.
    conf += QStringLiteral(" keepalive_requests 100000;\n");
    conf += QStringLiteral(" server { listen 127.0.0.1:%1; root %2; }\n").arg(m_port).arg(root());
    conf += m_servers + QStringLiteral("}\n");
    return conf;
}

bool NginxProcess::start()
{
    for (const QString &folder :
         {QStringLiteral("logs"), QStringLiteral("tmp"), QStringLiteral("html")}) {
        if (!QDir().mkpath(m_prefix + u'/' + folder)) {
            m_error = QStringLiteral("cannot make %1/%2").arg(m_prefix, folder);
            return false;
        }
    }
    m_port = TestPorts::freePort();
    if (!m_port) {
        m_error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    QFile confFile(m_prefix + QStringLiteral("/nginx.conf"));
    if (!confFile.open(QIODevice::WriteOnly) || confFile.write(config().toUtf8()) < 0
        || !confFile.flush()) {
        m_error = QStringLiteral("cannot write %1").arg(confFile.fileName());
        return false;
    }
    confFile.close();
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    return TestProcesses::startListening(m_process, program(),
                                         {QStringLiteral("-p"), m_prefix, QStringLiteral("-c"),
                                          confFile.fileName(), QStringLiteral("-g"),
                                          QStringLiteral("daemon off;")},
                                         QHostAddress::LocalHost, m_port, &m_error);
}

void NginxProcess::stop()
{
    TestProcesses::stop(m_process);
}
