// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiRequest.h"
#include "api/ConnectionProfile.h"
#include "models/jobs/BulkTagJob.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class ApiClient;
class ChangeJournal;
class MatchingUsersLoader;
class QDialogButtonBox;
class QRadioButton;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSettings;
class QPushButton;
class QTableWidget;

/// Adds a tag to, or removes it from, the users selected on the Users page, or all the users
/// the page's query matches (every page, not only the loaded one): a tag field with
/// completion, a preview computed from the users chosen ("Adds “vip” to 4,203 of 4,847
/// matching users (644 already have it)"), then the run (BulkTagJob) with progress and Cancel,
/// and finally one result line per user that can be copied. Not modal for the application: shown
/// with show(), it blocks only its window while open.
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
    /// Offers "all \a total matching" next to the selected users; choosing it reads every user
    /// of \a query first.
    void setAllMatching(const UserQuery &query, qint64 total);
    /// Each user changed gets its own entry in \a journal (see BulkTagJob::setJournal()).
    void setJournal(ChangeJournal *journal, const QString &actor, const QString &server);

    enum class Scope { Selected, AllMatching };
    Scope scope() const;
    /// Chooses the users to act on; AllMatching starts reading them (see isReading()).
    void setScope(Scope scope);
    /// The matching users are being read: nothing can be applied until they are.
    bool isReading() const;
    /// The users the action is planned for: the selected ones, or every matching one read.
    QList<BulkTagTarget> targets() const;
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
    void updateIntro();
    void onScopeChanged();
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
    QList<BulkTagTarget> m_matching;
    bool m_matchingRead = false;
    UserQuery m_query;
    qint64 m_total = -1;
    BulkTagJob *m_job;
    MatchingUsersLoader *m_loader;
    QLabel *m_intro;
    QRadioButton *m_scopeSelected;
    QRadioButton *m_scopeAll;
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
