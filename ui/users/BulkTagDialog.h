// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ConnectionProfile.h"
#include "models/jobs/BulkTagJob.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class ApiClient;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSettings;
class QPushButton;
class QTableWidget;

/// Adds a tag to, or removes it from, the users selected on the Users page: a tag field with
/// completion, a preview computed from the selected rows ("Adds “vip” to 12 of 50 selected
/// users (38 already have it)"), then the run (BulkTagJob) with progress and Cancel, and finally
/// one result line per user that can be copied. Not modal for the application: shown with
/// show(), it blocks only its window while open.
class BulkTagDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkTagDialog)

public:
    /// \a knownTags are offered for completion (the company's tags).
    BulkTagDialog(ApiClient *client, BulkTagJob::Mode mode, const QList<BulkTagTarget> &targets,
        const QStringList &knownTags, QWidget *parent = nullptr);
    ~BulkTagDialog() override;

    /// Asks before the run when \a profile wants changes confirmed (WriteConfirmation: a
    /// production connection while preferences/confirmProduction in \a settings is on).
    /// \a settings (may be null: defaults) must outlive the dialog.
    void setConfirmation(const ConnectionProfile &profile, const QSettings *settings);

    BulkTagJob::Mode mode() const { return m_mode; }
    BulkTagJob *job() const { return m_job; }
    QString tag() const;
    void setTag(const QString &tag);
    QString previewText() const;
    /// Starts the run with the tag entered, after the production question if one is needed;
    /// false when there is nothing to do or the question was declined.
    bool apply();
    /// The results as text (what Copy Results puts on the clipboard).
    QString reportText() const;

Q_SIGNALS:
    /// A user was written; its record as the server now has it.
    void userUpdated(const User &user);
    /// The run ended (results shown).
    void runFinished();

public Q_SLOTS:
    void reject() override;

private:
    void updatePreview();
    void onProgress(int done, int total);
    void onFinished();
    void copyResults();
    /// The production question for the users \a tag would change; true to go ahead.
    bool confirmRun(const QString &tag);

    ApiClient *m_client;
    ConnectionProfile m_profile;
    const QSettings *m_settings = nullptr;
    bool m_confirm = false;
    BulkTagJob::Mode m_mode;
    QList<BulkTagTarget> m_targets;
    BulkTagJob *m_job;
    QLabel *m_intro;
    QLineEdit *m_tagEdit;
    QLabel *m_preview;
    QProgressBar *m_progress;
    QLabel *m_resultSummary;
    QTableWidget *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_close;
};
