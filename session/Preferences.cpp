// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/Preferences.h"

#include "models/domain/DateRange.h"
#include "models/items/PagedTableModel.h"
#include "session/Session.h"

#include <QRegularExpression>
#include <QSettings>

const QString Preferences::languageKey = QStringLiteral("preferences/language");
const QString Preferences::appearanceKey = QStringLiteral("preferences/appearance");
const QString Preferences::pageSizeKey = QStringLiteral("preferences/pageSize");
const QString Preferences::requestTimeoutKey = QStringLiteral("preferences/requestTimeout");
const QString Preferences::defaultDatePresetKey = QStringLiteral("preferences/defaultDatePreset");
const QString Preferences::confirmProductionKey = QStringLiteral("preferences/confirmProduction");

namespace {

bool isKnownLanguage(const QString &code)
{
    // A code the translations do not know yet is kept: the language loader falls back to
    // English for it, and a later version may ship it.
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return code.isEmpty() || pattern.match(code).hasMatch();
}

bool isValidDateRange(const QString &text)
{
    const DateRange range = DateRange::fromSettingsString(text);
    // fromSettingsString() gives "All time" for text it does not understand.
    return !range.isAllTime() || text == DateRange().toSettingsString();
}

} // namespace

QString Preferences::defaultDatePresetDefault()
{
    return DateRange::fromPreset(DateRange::Preset::Last30Days).toSettingsString();
}

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.language = settings.value(languageKey, QString()).toString().trimmed();
    p.appearance = Appearance::modeFromKey(settings.value(appearanceKey).toString());
    bool ok = false;
    const int pageSize = settings.value(pageSizeKey).toInt(&ok);
    if (ok)
        p.pageSize = pageSize;
    const int timeout = settings.value(requestTimeoutKey).toInt(&ok);
    if (ok)
        p.requestTimeoutSecs = timeout;
    const QVariant preset = settings.value(defaultDatePresetKey);
    if (preset.isValid())
        p.defaultDatePreset = preset.toString();
    const QVariant confirm = settings.value(confirmProductionKey);
    if (confirm.isValid())
        p.confirmProduction = confirm.toBool();
    return p.clamped();
}

void Preferences::save(QSettings &settings) const
{
    const Preferences p = clamped();
    settings.setValue(languageKey, p.language);
    settings.setValue(appearanceKey, Appearance::modeKey(p.appearance));
    settings.setValue(pageSizeKey, p.pageSize);
    settings.setValue(requestTimeoutKey, p.requestTimeoutSecs);
    settings.setValue(defaultDatePresetKey, p.defaultDatePreset);
    settings.setValue(confirmProductionKey, p.confirmProduction);
}

Preferences Preferences::clamped() const
{
    Preferences p = *this;
    if (!isKnownLanguage(p.language))
        p.language.clear();
    p.pageSize = qBound(minimumPageSize, p.pageSize, maximumPageSize);
    p.requestTimeoutSecs = qBound(minimumTimeoutSecs, p.requestTimeoutSecs, maximumTimeoutSecs);
    if (!isValidDateRange(p.defaultDatePreset))
        p.defaultDatePreset = defaultDatePresetDefault();
    return p;
}

void Preferences::applyToSession(Session *session) const
{
    const Preferences p = clamped();
    PagedTableModel::setDefaultPageSize(p.pageSize);
    if (session)
        session->setRequestTimeout(p.requestTimeoutSecs);
}

Appearance::Mode Preferences::effectiveAppearance() const
{
    const QString forced = qEnvironmentVariable(appearanceVariable);
    return forced.isEmpty() ? appearance : Appearance::modeFromKey(forced, appearance);
}
