#pragma once

// The sweep's logging category (serverbench.loadtester.sweep).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSweep)
