#pragma once

// AcceptQueue: the pool model's bounded queue of accepted descriptors, between
// the listener thread (push) and the worker threads (pop). When it is full
// the listener stops accepting, so further clients wait in the kernel's
// backlog as with a real pool; the worker that frees a slot wakes the
// listener through an eventfd, which the listener's event loop watches. A
// std::mutex rather than Qt's queued calls, so ThreadSanitizer sees the
// hand-off. Any thread.

#include <QList>

#include <condition_variable>
#include <deque>
#include <mutex>

class AcceptQueue
{
public:
    explicit AcceptQueue(int capacity);
    ~AcceptQueue();
    AcceptQueue(const AcceptQueue &) = delete;
    AcceptQueue &operator=(const AcceptQueue &) = delete;

    bool isValid() const { return m_wakeFd >= 0; }
    // Readable when a slot was freed after waitForRoom() said false.
    int wakeDescriptor() const { return m_wakeFd; }
    void drainWake();

    // Listener: true if there is room now; otherwise registers the listener
    // for a wake-up on wakeDescriptor() once there is.
    bool waitForRoom();
    void push(int descriptor);

    // Worker: blocks for the next descriptor; -1 once close() was called.
    int pop();

    // Wakes every worker for good; returns the descriptors nobody took.
    QList<int> close();

private:
    const int m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_nonEmpty;
    std::deque<int> m_descriptors;
    bool m_closed = false;
    bool m_listenerWaiting = false;
    int m_wakeFd = -1;
};
