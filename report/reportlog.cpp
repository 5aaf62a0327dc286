#include "reportlog.h"

// Warnings only by default: the commands print their own summary.
Q_LOGGING_CATEGORY(lcReport, "serverbench.report", QtWarningMsg)
