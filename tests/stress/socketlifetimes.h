#pragma once

// SocketLifetimes: watches another process's open sockets from a sampling
// thread, through /proc/PID/fd, and tells how long each one stayed open. A
// socket's inode names one connection for its whole life, so this measures
// how long the server kept each connection, whoever closed it. Sockets open
// at start() (the listening one) are left out.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>

#include <unistd.h>

class SocketLifetimes
{
public:
    SocketLifetimes() = default;
    SocketLifetimes(const SocketLifetimes &) = delete;
    SocketLifetimes &operator=(const SocketLifetimes &) = delete;
    ~SocketLifetimes() { stop(); }

    void start(qint64 pid, int intervalMs = 50)
    {
        m_directory = QStringLiteral("/proc/%1/fd").arg(pid);
        m_clock.start();
        m_ignored = sockets();
        m_thread = std::thread([this, intervalMs] {
            while (!m_stop.load()) {
                sample();
                std::this_thread::sleep_for(std::chrono::milliseconds(intervalMs));
            }
        });
    }

    void stop()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }

    // Sockets open at the last sample, besides the ignored ones.
    int open() const { return m_open.load(); }
    int seen() const
    {
        const QMutexLocker locker(&m_mutex);
        return int(m_spans.size());
    }
    // The longest time one socket was seen open, in ms: at most its real
    // lifetime, and shorter by up to one sampling interval at each end.
    qint64 longestMs() const
    {
        const QMutexLocker locker(&m_mutex);
        qint64 longest = 0;
        for (auto it = m_spans.cbegin(); it != m_spans.cend(); ++it) {
            longest = qMax(longest, it->last - it->first);
        }
        return longest;
    }

private:
    struct Span
    {
        qint64 first = 0;
        qint64 last = 0;
    };

    // The links of the open sockets, "socket:[12345]".
    QSet<QByteArray> sockets() const
    {
        QSet<QByteArray> result;
        const QStringList entries
                = QDir(m_directory)
                          .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            char link[64];
            const ssize_t size = ::readlink(
                    QFile::encodeName(m_directory + u'/' + entry).constData(), link, sizeof link);
            if (size > 7 && std::memcmp(link, "socket:", 7) == 0)
                result.insert(QByteArray(link, size));
        }
        return result;
    }

    void sample()
    {
        const QSet<QByteArray> now = sockets();
        const qint64 ms = m_clock.elapsed();
        int open = 0;
        const QMutexLocker locker(&m_mutex);
        for (const QByteArray &socket : now) {
            if (m_ignored.contains(socket))
                continue;
            ++open;
            auto span = m_spans.find(socket);
            if (span == m_spans.end())
                m_spans.insert(socket, {ms, ms});
            else
                span->last = ms;
        }
        m_open.store(open);
    }

    QString m_directory;
    QElapsedTimer m_clock;
    QSet<QByteArray> m_ignored;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};
    std::atomic<int> m_open {0};
    mutable QMutex m_mutex;
    QHash<QByteArray, Span> m_spans;
};
