#pragma once

// InterruptSignals: the one bridge from SIGINT and SIGTERM to the program,
// for the commands (serve, sweep, ab). While it lives those signals are
// caught, and the handler does only what is async-signal-safe: it stores
// true into the cancel flag it was given (for a thread with no event loop,
// such as an engine's RunControl) and writes a byte to a self-pipe, which a
// QSocketNotifier turns into interrupted() on the thread that made this
// object, once its event loop runs. The previous handlers are restored when
// it is destroyed. One at a time per process; made and destroyed on one
// thread.

#include <QObject>

#include <atomic>

class QSocketNotifier;

class InterruptSignals : public QObject
{
    Q_OBJECT
public:
    // What a second signal does: arrive as the first did, or end the process
    // the usual way (a second Ctrl-C when the first one's cleanup hangs).
    enum class Repeat { Again, DefaultAction };

    explicit InterruptSignals(Repeat repeat = Repeat::Again, QObject *parent = nullptr);
    ~InterruptSignals() override;

    // False when the self-pipe could not be made (no signals are caught).
    bool isValid() const { return m_notifier != nullptr; }
    // Also stores true here on a signal; null to stop. Set before the work.
    void setCancelFlag(std::atomic<bool> *flag);
    // Whether a signal arrived since this object was made, and which (0 if none).
    bool wasInterrupted() const { return lastSignal() != 0; }
    int lastSignal() const;

signals:
    void interrupted(int signalNumber);

private:
    void drain();

    QSocketNotifier *m_notifier = nullptr;
};
