#include "socketrunshared.h"

#include <cstring>

#include <unistd.h>

void SocketRunShared::abort(const QString &message, int exitStatus)
{
    {
        std::lock_guard lock(m_abortMutex);
        if (m_aborted.load(std::memory_order_relaxed))
            return;
        m_abortMessage = message;
        m_abortStatus = exitStatus;
        m_aborted.store(true, std::memory_order_release);
    }
    stop.store(true);
    wakeAll();
}

void SocketRunShared::abortErrno(const char *what, int error)
{
    // exit(rv) keeps the low byte, as the shell then sees it.
    abort(QStringLiteral("%1: %2 (%3)")
                  .arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(error)))
                  .arg(error),
          error & 0xff);
}

QString SocketRunShared::abortMessage() const
{
    std::lock_guard lock(m_abortMutex);
    return m_abortMessage;
}

int SocketRunShared::abortStatus() const
{
    std::lock_guard lock(m_abortMutex);
    return m_abortStatus;
}

void SocketRunShared::wakeAll() const
{
    if (wakeFd < 0)
        return;
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t w = ::write(wakeFd, &one, sizeof one);
}
