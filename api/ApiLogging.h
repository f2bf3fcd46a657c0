// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

/// Logging category of the API client ("builton.api"): method, path and query, status,
/// duration and a request counter. Never headers, bodies or anything from ApiConnection.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
