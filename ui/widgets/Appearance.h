// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "session/AppearanceMode.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

/// How the app looks: the System look (platform style and palette) or Fusion with a light or
/// a dark palette, plus the colour arithmetic that keeps custom-coloured text readable on
/// whichever palette is in force (WCAG 2 contrast ratio).
///
/// Custom colours (the production red, warnings, validation messages) are never used as
/// they are: accentOn() moves their lightness until they reach the contrast asked for
/// against the background they are drawn on, so they work on light and dark palettes alike.
///
/// The choice itself (Mode, kept by Preferences) is declared in AppearanceMode.h.
namespace Appearance {

/// Applies \a mode to the application: Fusion with lightPalette()/darkPalette(), or back to
/// the style and palette the app started with. Widgets already shown follow the palette.
void apply(Mode mode);
/// The mode applied last (System until apply() is called).
Mode currentMode();

/// Fusion's light palette, with disabled and placeholder text dark enough to read (4.5:1).
QPalette lightPalette();
/// A dark Fusion palette whose every text role reaches 4.5:1 on its background.
QPalette darkPalette();
/// True when the palette's window is darker than its text.
bool isDark(const QPalette &palette);

/// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
/// Near-black or white, whichever reads better on \a background.
QColor textOn(const QColor &background);
/// \a accent with its lightness moved (hue kept) until it reaches \a minimumRatio against
/// \a background; unchanged when it already does.
QColor accentOn(const QColor &accent, const QColor &background, double minimumRatio = 4.5);
/// \a colour mixed into \a base: 0 gives base, 1 gives colour.
QColor mix(const QColor &colour, const QColor &base, double amount);

/// Text colours for messages drawn on \a palette's window (or base, for table cells).
QColor errorText(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
QColor warningText(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
/// The production red as text (status bar, connection list).
QColor productionText(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
/// Greyed text (deleted or inactive rows) that still reads at 4.5:1 on the base colour.
QColor inactiveText(const QPalette &palette);

/// The font of headings (a page's title, an open user's name): \a base, larger and bold.
QFont headingFont(QFont base);

/// The base accents, as on a light palette.
inline QColor errorAccent()
{
    return QColor(0xb0, 0x1c, 0x1c);
}
inline QColor warningAccent()
{
    return QColor(0x9c, 0x6a, 0x00);
}
inline QColor informationAccent()
{
    return QColor(0x1e, 0x66, 0xc9);
}
inline QColor productionAccent()
{
    return QColor(0xb3, 0x26, 0x1e);
}

} // namespace Appearance
