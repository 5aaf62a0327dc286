#pragma once

// InertEventDispatcher: the event dispatcher of a ConnectionThread, which runs
// no event loop: it serves with blocking poll() calls on its descriptor. Without this,
// QThread::start() creates a full dispatcher (a GLib main context and an eventfd) for every
// connection, which was the largest user-space cost of a short connection in the thread model.
// Registrations are accepted and ignored; processEvents() does nothing.

#include <QAbstractEventDispatcher>

class InertEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit InertEventDispatcher(QObject *parent = nullptr) : QAbstractEventDispatcher(parent) { }

    bool processEvents(QEventLoop::ProcessEventsFlags) override { return false; }
    void registerSocketNotifier(QSocketNotifier *) override { }
    void unregisterSocketNotifier(QSocketNotifier *) override { }
    void registerTimer(int, qint64, Qt::TimerType, QObject *) override { }
    bool unregisterTimer(int) override { return false; }
    bool unregisterTimers(QObject *) override { return false; }
    QList<TimerInfo> registeredTimers(QObject *) const override { return {}; }
    int remainingTime(int) override { return -1; }
    void wakeUp() override { }
    void interrupt() override { }
};
