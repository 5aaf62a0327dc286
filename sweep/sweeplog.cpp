#include "sweeplog.h"

// Debug messages (launches, URLs) are off unless QT_LOGGING_RULES asks:
// the command and the GUI show them through SweepRunner::targetMessage.
Q_LOGGING_CATEGORY(lcSweep, "serverbench.sweep", QtInfoMsg)
