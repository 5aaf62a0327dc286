#include "interruptsignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_pipe[2] = {-1, -1};
std::atomic<std::atomic<bool> *> g_cancelFlag {nullptr};
std::atomic<int> g_lastSignal {0};
struct sigaction g_previousInt = {};
struct sigaction g_previousTerm = {};

extern "C" void onInterruptSignal(int signalNumber)
{
    // Only atomic stores and write(2): async-signal-safe.
    g_lastSignal.store(signalNumber);
    if (std::atomic<bool> *flag = g_cancelFlag.load())
        flag->store(true);
    const char byte = char(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}

} // namespace

InterruptSignals::InterruptSignals(Repeat repeat, QObject *parent) : QObject(parent)
{
    Q_ASSERT_X(g_pipe[0] < 0, "InterruptSignals", "one at a time");
    g_lastSignal.store(0);
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        g_pipe[0] = g_pipe[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptSignals::drain);
    struct sigaction action = {};
    action.sa_handler = onInterruptSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | (repeat == Repeat::DefaultAction ? SA_RESETHAND : 0);
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
}

InterruptSignals::~InterruptSignals()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    g_cancelFlag.store(nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void InterruptSignals::setCancelFlag(std::atomic<bool> *flag)
{
    g_cancelFlag.store(flag);
}

int InterruptSignals::lastSignal() const
{
    return g_lastSignal.load();
}

void InterruptSignals::drain()
{
    char byte = 0;
    while (::read(g_pipe[0], &byte, 1) == 1)
        emit interrupted(int(static_cast<unsigned char>(byte)));
}
