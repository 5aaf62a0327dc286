#pragma once

// The logging category of the report library.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcReport)
