#pragma once

// The servers a test starts as processes: starting one until it listens,
// stopping it whatever it does, and whether a pid is still there. start and
// stop run on the thread that owns the QProcess (startListening spins its
// event loop); alive reads /proc only, so any thread may ask.

#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace TestProcesses {

// Starts program and waits until host:port accepts a connection; false, with
// the reason in *error, when it did not start or did not listen.
bool startListening(QProcess &process, const QString &program, const QStringList &arguments,
                    const QHostAddress &host, quint16 port, QString *error);

// SIGTERM, then SIGKILL after 5 s: a test must not hang on a server that
// ignores the polite request.
void stop(QProcess &process);

// False for a zombie too: it is dead for a test that checks a server was
// stopped, even while its parent has not reaped it.
bool alive(qint64 pid);

} // namespace TestProcesses
