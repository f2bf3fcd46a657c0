#include "ui/widgets/UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "builton.ui", QtInfoMsg)
