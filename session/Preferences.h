// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "session/AppearanceMode.h"

#include <QString>

class QSettings;
class Session;

/// The staff member's preferences, as kept in QSettings under "preferences/". Values read
/// from the settings are clamped to their ranges; missing ones take the defaults.
///
/// Keys (other parts of the app read some of them directly):
/// - preferences/language: "" follows the system, else "en", "nb", "de" (applies at start)
/// - preferences/appearance: "system", "light" or "dark"
/// - preferences/pageSize: rows per page request, 25..1000
/// - preferences/requestTimeout: seconds without progress before a request fails, 5..300
/// - preferences/defaultDatePreset: a DateRange settings string ("preset:last30")
/// - preferences/confirmProduction: ask before saving changes on a production profile
struct Preferences
{
    static const QString languageKey;
    static const QString appearanceKey;
    static const QString pageSizeKey;
    static const QString requestTimeoutKey;
    static const QString defaultDatePresetKey;
    static const QString confirmProductionKey;
    /// Overrides preferences/appearance for this run ("dark" for screenshots).
    static constexpr const char *appearanceVariable = "BUILTON_APPEARANCE";

    static constexpr int minimumPageSize = 25;
    static constexpr int maximumPageSize = 1000;
    static constexpr int defaultPageSize = 100;
    static constexpr int minimumTimeoutSecs = 5;
    static constexpr int maximumTimeoutSecs = 300;
    static constexpr int defaultTimeoutSecs = 30;
    /// The Orders page's own default range (the last 30 days).
    static QString defaultDatePresetDefault();

    QString language;
    Appearance::Mode appearance = Appearance::Mode::System;
    int pageSize = defaultPageSize;
    int requestTimeoutSecs = defaultTimeoutSecs;
    QString defaultDatePreset = defaultDatePresetDefault();
    bool confirmProduction = true;

    /// Reads and clamps; an unknown language or date preset falls back to the default.
    static Preferences load(const QSettings &settings);
    /// Writes every key (clamped values).
    void save(QSettings &settings) const;
    Preferences clamped() const;

    /// Page size (PagedTableModel's default, from the next query on) and request timeout
    /// (\a session's ApiClient, from the next request on). Null \a session: page size only.
    void applyToSession(Session *session) const;
    /// The appearance to apply (Appearance::apply(), by the widgets): BUILTON_APPEARANCE when
    /// set to a known mode, else appearance.
    Appearance::Mode effectiveAppearance() const;

    friend bool operator==(const Preferences &a, const Preferences &b)
    {
        return a.language == b.language && a.appearance == b.appearance && a.pageSize == b.pageSize
            && a.requestTimeoutSecs == b.requestTimeoutSecs
            && a.defaultDatePreset == b.defaultDatePreset
            && a.confirmProduction == b.confirmProduction;
    }
    friend bool operator!=(const Preferences &a, const Preferences &b) { return !(a == b); }
};
