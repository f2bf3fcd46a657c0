#include "session/SessionLogging.h"

Q_LOGGING_CATEGORY(lcSession, "builton.session", QtInfoMsg)
