#pragma once

// The logging category of the ui library.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
