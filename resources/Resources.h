// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

/// The icons shipped inside the application (resources/icons, compiled in under :/icons/).
namespace BuiltOnResources {

/// Resource path of a shipped icon, e.g. iconPath("users") is ":/icons/users.svg".
QString iconPath(const QString &name);
/// Names of every shipped icon, for tests that check nothing is missing.
QStringList iconNames();

} // namespace BuiltOnResources
