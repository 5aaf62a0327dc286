#pragma once

// Keeps GUI tests away from the user's files: QSettings, AppDataLocation
// (autosaved sweeps) and the language all live in a temporary HOME.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace UiTestEnv {

inline void isolate(const QTemporaryDir &home)
{
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/data")));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       home.path() + QStringLiteral("/settings"));
    QCoreApplication::setOrganizationName(QStringLiteral("serverbench-test"));
    QCoreApplication::setApplicationName(QStringLiteral("serverbench"));
    // English UI whatever the machine's locale, so messages can be compared.
    QSettings().setValue(QStringLiteral("view/language"), QStringLiteral("en"));
}

// Threads of this process right now (Linux), not counting QThreadPool's idle
// workers ("Thread (pooled)"), which Qt keeps for 30 s whoever used them.
inline int threadCount()
{
    int count = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() != "Thread (pooled)")
            ++count;
    }
    return count;
}

// Their names, for a failure message.
inline QString threadNames()
{
    QStringList names;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            names << QString::fromUtf8(comm.readAll().trimmed());
    }
    return names.join(QStringLiteral(", "));
}

} // namespace UiTestEnv
