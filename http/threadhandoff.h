#pragma once

// ThreadHandOff: makes the order of a hand-off between two threads visible
// to ThreadSanitizer. Qt's queued and blocking-queued calls do order the two
// threads, but under a lock inside Qt, which is not built with TSan; locking
// this mutex on both sides of such a call gives TSan the same edge. Two
// uncontended locks per hand-off, made by either thread.

#include <mutex>

class ThreadHandOff
{
public:
    // Before handing objects to another thread: all writes so far are seen...
    void release() { const std::lock_guard<std::mutex> lock(m_mutex); }
    // ...by the thread that calls this after taking them over.
    void acquire() { const std::lock_guard<std::mutex> lock(m_mutex); }

private:
    std::mutex m_mutex;
};
