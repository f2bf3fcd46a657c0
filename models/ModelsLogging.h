// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

/// Logging category of the models library ("builton.models"). Never log field values:
/// documents carry secrets such as a payment method's setup_intent.client_secret.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
