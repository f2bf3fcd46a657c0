// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

/// What the server lets the current credentials do, as found out by asking it (RoleProbe):
/// a staff route answering 200 means Staff, 403 means a user token (Customer). Never derived
/// from token claims.
enum class AccessRole { Unknown, Staff, Customer };

/// Translated name for the status bar and the connection dialog ("Staff").
QString accessRoleName(AccessRole role);
