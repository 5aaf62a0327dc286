#pragma once

// The load engines' logging category ("serverbench.loadtester.engine").

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)
