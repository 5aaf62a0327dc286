#include "serverslog.h"

Q_LOGGING_CATEGORY(lcServers, "serverbench.servers")
