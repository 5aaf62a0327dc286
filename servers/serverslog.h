#pragma once

// The logging category of the servers library.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServers)
