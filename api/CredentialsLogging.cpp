#include "api/CredentialsLogging.h"

Q_LOGGING_CATEGORY(lcCredentials, "builton.api.credentials")
