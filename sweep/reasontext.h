#pragma once

// ReasonText: the words that say why a row has no figures (or how a launch
// failed). A reason is made in English where the row is made, because it is
// saved with the sweep and must not depend on the language the GUI had then;
// translated() shows it in the current language wherever it is shown, so a
// language switch changes reasons already on screen too. ab's own messages
// ("apr_socket_recv: Connection refused (111)") are no template and stay as
// ab prints them. Stateless; any thread.

#include <QString>
#include <QStringList>

namespace ReasonText {

enum class Reason {
    NotStarted, // %1: why the config cannot run
    NotRunCancelled,
    Cancelled,
    CancelledAfterRequests, // %1 of %2 requests done
    CancelledAfterRepeats, // %1 of %2 repeats
    RunTimeLimit, // %1 s, %2 of %3 requests done
    NoRequestCompleted, // %1: FailureCounts
    NoRequestCompletedError, // %1: the engine's error
    FailureCounts, // %1 failed: connect %2, receive %3, length %4, exceptions %5
    InRepeat, // %1 (the reason) in repeat %2 of %3
    EmbeddedDidNotStart, // %1 key, %2 Qt's error
    PortAlreadyTaken, // %1 host, %2 port, %3 command
    LaunchDidNotStart, // %1 command, %2 Qt's error
    LaunchKilled, // %1 command, %2 host, %3 port, %4 ": output tail" or ""
    LaunchExited, // %1 command, %2 exit code, %3 host, %4 port, %5 tail
    LaunchCancelled, // %1 command
    LaunchNoPort, // %1 command, %2 host, %3 port, %4 s, %5 tail
};

// The English reason, %1... replaced by arguments in one pass (an argument
// that holds "%2" stays as it is).
QString make(Reason reason, const QStringList &arguments = {});
// reason in the application's current language (QCoreApplication's
// translators); a text that matches no template is returned as it is.
QString translated(const QString &reason);

} // namespace ReasonText
