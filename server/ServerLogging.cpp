// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLogging.h"

namespace Server {

Q_LOGGING_CATEGORY(lcServer, "builton.server")
Q_LOGGING_CATEGORY(lcAccess, "builton.server.access")

} // namespace Server
