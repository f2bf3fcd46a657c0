// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ConnectionProfile.h"
#include "api/CredentialResult.h"
#include "api/ProfileCredentials.h"
#include "session/RoleProbe.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>

#include <optional>

class ApiClient;
class CredentialReply;
class CredentialStore;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// Add, edit, remove and switch connection profiles (Production, Staging, Local...).
///
/// Profiles (name, address, environment) go to the ProfileStore; the API key and token only
/// to the CredentialStore (the OS keychain, or memory for this session when the user accepts
/// that because no keychain is available). "Test Connection" asks the server what the
/// entered credentials may do (RoleProbe) and shows who the token belongs to and when it
/// expires (TokenInfo, display only), warning when that is within a week or past. Removing a
/// profile deletes its secrets and reports the keychain's check that they are gone.
/// Non-blocking: open it with show(); confirmations go through MessageBox.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    ConnectionDialog(
        ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// Selects a stored profile and reads its credentials. False for an unknown id.
    bool selectProfile(const QUuid &id);
    /// Clears the form for a new profile, with \a url filled in when given.
    void startNewProfile(const QUrl &url = QUrl());
    /// The stored profile being edited; null while a new one is.
    QUuid editedProfileId() const { return m_editedId; }
    bool hasUnsavedChanges() const { return m_dirty; }
    /// A keychain operation or a test is running.
    bool isBusy() const;

    /// Saves the form (the Save button). Asynchronous: watch saved() / the status text.
    void save();
    /// Saves if needed, then asks the main window to connect (the Connect button).
    void connectToEdited();
    /// Asks, removes the secrets and checks they are gone, then removes the profile.
    void removeEdited();
    /// Runs the role probe against the entered values.
    void testConnection();

    QString credentialStatusText() const;
    QString validationText() const;

Q_SIGNALS:
    /// The user wants to work with \a profile (saved, with its credentials stored).
    void connectRequested(const ConnectionProfile &profile);
    /// \a profile and its credentials are saved (keychain or session memory).
    void credentialsSaved(const ConnectionProfile &profile);
    /// A save finished; \a ok false when the profile or its secrets could not be saved.
    void saved(bool ok);
    /// A test finished.
    void testFinished(const RoleProbe::Result &result);
    /// A removal finished (\a removed false when the profile was kept).
    void removalFinished(bool removed);

public Q_SLOTS:
    /// Close / Escape: asks before discarding unsaved changes.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void reloadList();
    void onSelectionChanged();
    bool confirmDiscard();
    void fillForm(const ConnectionProfile &profile);
    ConnectionProfile profileFromForm() const;
    ProfileCredentials credentialsFromForm() const;
    void readCredentials(const ConnectionProfile &profile);
    void onCredentialsRead(const CredentialResult &result);
    void writeCredentials(const ConnectionProfile &profile, const ProfileCredentials &credentials,
        const std::optional<ConnectionProfile> &previous);
    void finishSave(bool ok, const ConnectionProfile &profile);
    void showCredentialStatus(const QString &text, bool problem);
    void offerSessionOnly(const CredentialResult &result);
    void showValidation(const QString &text);
    void showTokenInfo();
    void onTestFinished(const RoleProbe::Result &result);
    void clearTestResult();
    void markDirty();
    void updateButtons();
    void dropCredentialReply();

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    ApiClient *m_testClient;
    RoleProbe *m_probe;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QGroupBox *m_formBox = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_showSecrets = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QLabel *m_credentialStatus = nullptr;
    QLabel *m_validation = nullptr;
    QPushButton *m_test = nullptr;
    QGroupBox *m_testBox = nullptr;
    QLabel *m_testSubject = nullptr;
    QLabel *m_testRole = nullptr;
    QLabel *m_testExpiry = nullptr;
    QLabel *m_testAnswer = nullptr;
    QLabel *m_expiryWarning = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_connect = nullptr;

    QUuid m_editedId;
    ProfileCredentials m_loadedCredentials;
    bool m_credentialsKnown = false;
    bool m_dirty = false;
    bool m_filling = false;
    bool m_environmentTouched = false;
    bool m_connectAfterSave = false;
    QPointer<CredentialReply> m_reply;
    /// Said once more when the next read's outcome is shown (e.g. "removed").
    QString m_notice;
};
