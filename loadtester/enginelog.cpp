#include "enginelog.h"

Q_LOGGING_CATEGORY(lcEngine, "serverbench.loadtester.engine", QtInfoMsg)
