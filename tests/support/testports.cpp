#include "testports.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace TestPorts {

quint16 freePort(const QHostAddress &host)
{
    QTcpServer probe;
    if (!probe.listen(host, 0))
        return 0;
    return probe.serverPort();
}

bool waitForPort(const QHostAddress &host, quint16 port)
{
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(host, port);
        if (socket.waitForConnected(100))
            return true;
        QTest::qWait(50);
    }
    return false;
}

QUrl localUrl(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
}

} // namespace TestPorts
