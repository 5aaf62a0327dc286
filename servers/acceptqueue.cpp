#include "acceptqueue.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdint>

AcceptQueue::AcceptQueue(int capacity)
    : m_capacity(qMax(1, capacity)), m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{ }

AcceptQueue::~AcceptQueue()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

void AcceptQueue::drainWake()
{
    std::uint64_t count = 0;
    [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &count, sizeof count);
}

bool AcceptQueue::waitForRoom()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (int(m_descriptors.size()) < m_capacity)
        return true;
    m_listenerWaiting = true;
    return false;
}

void AcceptQueue::push(int descriptor)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_descriptors.push_back(descriptor);
    }
    m_nonEmpty.notify_one();
}

int AcceptQueue::pop()
{
    int descriptor = -1;
    bool wakeListener = false;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_nonEmpty.wait(lock, [this] { return m_closed || !m_descriptors.empty(); });
        if (m_closed)
            return -1;
        descriptor = m_descriptors.front();
        m_descriptors.pop_front();
        wakeListener = std::exchange(m_listenerWaiting, false);
    }
    if (wakeListener) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
    }
    return descriptor;
}

QList<int> AcceptQueue::close()
{
    QList<int> left;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        for (int descriptor : m_descriptors)
            left.append(descriptor);
        m_descriptors.clear();
    }
    m_nonEmpty.notify_all();
    return left;
}
