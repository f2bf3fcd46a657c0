#include "CredentialsLogging.h"

Q_LOGGING_CATEGORY(lcCredentials, "builton.api.credentials")
