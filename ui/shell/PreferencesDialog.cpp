// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/PreferencesDialog.h"

#include "models/Clock.h"
#include "models/domain/DateRange.h"
#include "session/Translation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

int indexOfData(const QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    return index >= 0 ? index : 0;
}

} // namespace

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_pageSize(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_datePreset(new QComboBox(this))
    , m_confirmProduction(
          new QCheckBox(tr("&Ask before saving changes on a production server"), this))
    , m_restartNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Q_ASSERT(m_settings);
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const Translation::Language &language : Translation::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    connect(
        m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);

    m_appearance->setObjectName(QStringLiteral("preferencesAppearance"));
    m_appearance->setAccessibleName(tr("Appearance"));
    for (const Appearance::Mode mode :
        {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark})
        m_appearance->addItem(Appearance::modeName(mode), Appearance::modeKey(mode));

    m_pageSize->setObjectName(QStringLiteral("preferencesPageSize"));
    m_pageSize->setAccessibleName(tr("Rows per page request"));
    m_pageSize->setRange(Preferences::minimumPageSize, Preferences::maximumPageSize);
    m_pageSize->setSingleStep(25);
    m_pageSize->setToolTip(tr("How many rows each request to the server asks for. Larger pages "
                              "mean fewer requests but a longer wait for each."));

    m_timeout->setObjectName(QStringLiteral("preferencesRequestTimeout"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setRange(Preferences::minimumTimeoutSecs, Preferences::maximumTimeoutSecs);
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_timeout->setToolTip(tr("A request fails when the server sends nothing for this long."));

    m_datePreset->setObjectName(QStringLiteral("preferencesDefaultDateRange"));
    m_datePreset->setAccessibleName(tr("Default date range of the Orders page"));
    for (const DateRange::Preset preset : DateRange::presets()) {
        m_datePreset->addItem(
            DateRange::presetName(preset), DateRange::fromPreset(preset).toSettingsString());
    }

    m_confirmProduction->setObjectName(QStringLiteral("preferencesConfirmProduction"));
    m_confirmProduction->setAccessibleName(tr("Ask before saving changes on a production server"));

    m_restartNote->setObjectName(QStringLiteral("preferencesRestartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setTextFormat(Qt::PlainText);
    m_restartNote->setText(tr("The new language is used the next time BuiltOn Admin starts."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("A&ppearance:"), m_appearance);
    form->addRow(tr("&Rows per page:"), m_pageSize);
    form->addRow(tr("Request &timeout:"), m_timeout);
    form->addRow(tr("Orders &date range:"), m_datePreset);
    form->addRow(QString(), m_confirmProduction);

    m_buttons->setObjectName(QStringLiteral("preferencesButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("preferencesOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("preferencesCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_loaded = Preferences::load(*m_settings);
    setPreferences(m_loaded);
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.appearance = Appearance::modeFromKey(m_appearance->currentData().toString());
    p.pageSize = m_pageSize->value();
    p.requestTimeoutSecs = m_timeout->value();
    p.defaultDatePreset = m_datePreset->currentData().toString();
    p.confirmProduction = m_confirmProduction->isChecked();
    return p.clamped();
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    const Preferences p = preferences.clamped();
    int language = m_language->findData(p.language);
    if (language < 0) {
        // A language this build has no catalogue for: keep it selectable as it is.
        m_language->addItem(p.language, p.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_appearance->setCurrentIndex(indexOfData(m_appearance, Appearance::modeKey(p.appearance)));
    m_pageSize->setValue(p.pageSize);
    m_timeout->setValue(p.requestTimeoutSecs);
    int preset = m_datePreset->findData(p.defaultDatePreset);
    if (preset < 0) {
        // A custom range stored by hand: shown as it describes itself.
        const QTimeZone zone = QTimeZone::systemTimeZone();
        m_datePreset->addItem(
            DateRange::fromSettingsString(p.defaultDatePreset).describe(Clock::today(zone), zone),
            p.defaultDatePreset);
        preset = m_datePreset->count() - 1;
    }
    m_datePreset->setCurrentIndex(preset);
    m_confirmProduction->setChecked(p.confirmProduction);
    updateRestartNote();
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    p.save(*m_settings);
    m_settings->sync();
    const bool languageChanged = p.language != m_loaded.language;
    m_loaded = p;
    QDialog::accept();
    Q_EMIT applied(p, languageChanged);
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setVisible(m_language->currentData().toString() != m_loaded.language);
}
