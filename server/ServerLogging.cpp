#include "ServerLogging.h"

Q_LOGGING_CATEGORY(lcServer, "builton.server")
Q_LOGGING_CATEGORY(lcAccess, "builton.server.access")
