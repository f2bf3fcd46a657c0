// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

/// The appearance a staff member chose (Preferences): the System look, or Fusion with a light
/// or a dark palette. Applying it to the application is the widgets' business
/// (ui Appearance::apply()).
namespace Appearance {

enum class Mode { System, Light, Dark };

/// "system", "light", "dark" (the QSettings and BUILTON_APPEARANCE spelling).
QString modeKey(Mode mode);
/// \a fallback for anything else.
Mode modeFromKey(const QString &key, Mode fallback = Mode::System);
QString modeName(Mode mode);

} // namespace Appearance
