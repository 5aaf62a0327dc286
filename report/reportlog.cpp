#include "reportlog.h"

Q_LOGGING_CATEGORY(lcReport, "serverbench.report")
