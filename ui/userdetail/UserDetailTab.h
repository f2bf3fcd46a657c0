// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "models/editing/DraftStore.h"
#include "models/editing/ProfileMerge.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class AddressesEditor;
class ChangeJournal;
class ConflictDialog;
class ErrorBanner;
class ListSection;
class ProfileEditor;
class ProfileForm;
class QLabel;
class QPushButton;
class QTabWidget;
class Session;
class StatusLabel;
class UserTabsFactory;

/// What the tabs of open users work with; owned by UserDetailArea.
struct UserDetailServices
{
    Session *session = nullptr;
    DraftStore *drafts = nullptr;
    ChangeJournal *journal = nullptr;
    const UserTabsFactory *tabs = nullptr;
    /// The current connection's key for drafts (never another connection's).
    std::function<QString()> profileKey;
    /// Who saves ("Support (sub: staff-7)") and where (canonical base URL), for the journal.
    std::function<QString()> actor;
    std::function<QString()> server;
    /// Failed loads of the Orders/Subscriptions/Payment methods tabs (main window banner).
    std::function<void(const ApiError &, const std::function<void()> &)> reportError;
    /// Opens the change journal on one user.
    std::function<void(const QString &userId, const QString &userName)> showJournal;
    /// The question to ask before changing \a subject (WriteConfirmation::question(): a
    /// production connection while the preference is on), or empty when none is needed.
    std::function<QString(const QString &subject)> writeQuestion;
    /// Said in "Unsaved changes" questions, whose Save writes without asking again
    /// (WriteConfirmation::notice()); empty when no question is needed.
    std::function<QString()> writeNotice;
};

/// One open user: a header (name, human id, created, last login, Deleted and Blocked badges)
/// over the tabs Profile, Addresses, Orders, Subscriptions and Payment methods (the last three
/// through UserTabsFactory), with Save (Ctrl+S) and Revert for the profile and the addresses,
/// and a message strip that keeps every edit when a save fails.
///
/// Unsaved edits are staged as a draft (DraftStore) while they exist and removed once saved
/// or discarded; every change saved goes to the ChangeJournal. A save that meets someone
/// else's change opens the ConflictDialog.
class UserDetailTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailTab)

public:
    UserDetailTab(
        const UserDetailServices &services, const QString &userId, QWidget *parent = nullptr);
    ~UserDetailTab() override;

    QString userId() const { return m_userId; }
    ProfileEditor *editor() const { return m_editor; }
    ProfileForm *profileForm() const { return m_profile; }
    AddressesEditor *addressesEditor() const { return m_addresses; }
    QTabWidget *sections() const { return m_sections; }
    ErrorBanner *messageStrip() const { return m_strip; }
    ConflictDialog *conflictDialog() const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }

    /// The tab's text: the user's name, with "•" while there are unsaved edits.
    QString title() const;
    /// The user's name and human id ("Ann Berg (ZQK3YW)").
    QString userLabel() const;
    bool isDirty() const;

    void load();
    /// Reads the user again; edits are kept (and merged with what changed).
    void reload();
    /// Saves the profile and the addresses; false when there is nothing valid to save.
    bool save();
    /// Saves, then calls \a done once everything is written; a failure or a conflict drops
    /// \a done (the strip or the dialog says why). False when the save cannot start.
    bool saveThen(const std::function<void()> &done);
    /// Drops every edit and the draft.
    void discardEdits();
    /// Re-applies a draft's edits (see ProfileEditor::restoreDraft()).
    bool restoreDraft(const Draft &draft);
    /// Asks for confirmation naming the user (and, on a production connection, saying so),
    /// then soft-deletes.
    void requestDelete();
    /// Before the tab closes: nothing unsaved gives true. Otherwise asks Save / Discard /
    /// Cancel (saying so when the connection is production, as Save then writes without a
    /// second question): Discard gives true; Save saves and calls \a closeLater once saved;
    /// both Save and Cancel give false.
    bool confirmClose(const std::function<void()> &closeLater);
    /// Connected again (a new token for the same connection): load what is missing.
    void sessionReady();

Q_SIGNALS:
    void titleChanged();

private:
    bool startSave(bool askFirst);
    /// Asks before writing when the connection wants changes confirmed (production).
    bool confirmWrite();
    void onEditorChanged();
    /// A field is invalid or was refused by the server.
    bool hasFieldErrors() const;
    void onSaved(const QList<FieldChange> &changes);
    void onConflicts();
    void showConflictDialog();
    void showCurrentSection(int index);
    void updateHeader();
    void stageDraft();
    Draft currentDraft() const;
    void recordChanges(const QList<FieldChange> &changes);
    QPushButton *makeButton(const QString &text, const QString &name, const QString &accessible);

    UserDetailServices m_services;
    QString m_userId;
    ProfileEditor *m_editor;
    QLabel *m_name;
    QLabel *m_humanId;
    QLabel *m_deletedBadge;
    QLabel *m_blockedBadge;
    QLabel *m_dates;
    QPushButton *m_reload;
    QPushButton *m_history;
    QPushButton *m_delete;
    ErrorBanner *m_strip;
    QTabWidget *m_sections;
    ProfileForm *m_profile;
    AddressesEditor *m_addresses;
    /// The Orders, Subscriptions and Payment methods tabs: a page each, filled when first
    /// shown, with the list the factory made (nullptr without a creator).
    struct ExtraTab
    {
        QWidget *page = nullptr;
        ListSection *list = nullptr;
        bool filled = false;
    };
    QList<ExtraTab> m_extraTabs;
    StatusLabel *m_status;
    QPushButton *m_revert;
    QPushButton *m_save;
    QPointer<ConflictDialog> m_conflictDialog;
    std::function<void()> m_afterSave;
    QString m_lastTitle;
    bool m_restoring = false;
    bool m_focusedOnce = false;
    /// The "not saved" message about fields the strip shows; empty when it shows another.
    QString m_fieldsMessage;
};
