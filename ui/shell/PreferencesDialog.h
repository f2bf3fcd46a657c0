// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "session/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSettings;
class QSpinBox;

/// Edit ▸ Preferences: language, appearance, rows per page, request timeout, the Orders
/// page's default date range and the confirmation on production profiles. Shows the values
/// of the QSettings it is given; OK writes them back (clamped) and emits applied().
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// \a settings must outlive the dialog.
    explicit PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// What the widgets show now.
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    void accept() override;

Q_SIGNALS:
    /// OK was pressed and \a preferences were saved; \a languageChanged: a restart is needed
    /// for the language.
    void applied(const Preferences &preferences, bool languageChanged);

private:
    void updateRestartNote();

    QSettings *m_settings;
    Preferences m_loaded;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QSpinBox *m_pageSize;
    QSpinBox *m_timeout;
    QComboBox *m_datePreset;
    QCheckBox *m_confirmProduction;
    QLabel *m_restartNote;
    QDialogButtonBox *m_buttons;
};
