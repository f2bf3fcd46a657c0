// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/connection/ConnectionDialog.h"

#include "api/ApiClient.h"
#include "api/CredentialReply.h"
#include "api/CredentialStore.h"
#include "api/ProfileStore.h"
#include "api/TokenInfo.h"
#include "models/Clock.h"
#include "models/domain/User.h"
#include "session/Session.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr int idRole = Qt::UserRole + 1;

const QList<ConnectionProfile::Environment> environments {
    ConnectionProfile::Environment::Production, ConnectionProfile::Environment::Staging,
    ConnectionProfile::Environment::Local, ConnectionProfile::Environment::Other};

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wrapped labels only grow into the form's width when they ask for it.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

void setMessageStyle(QLabel *label, bool problem)
{
    QPalette pal = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (problem)
        pal.setColor(QPalette::WindowText, Appearance::errorText(pal));
    label->setPalette(pal);
}

} // namespace

ConnectionDialog::ConnectionDialog(
    ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_testClient(new ApiClient(this))
    , m_probe(new RoleProbe(m_testClient, this))
{
    Q_ASSERT(m_profiles && m_credentials);
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connections"));
    setWindowIcon(Icons::icon(Icons::Name::Connections));
    buildUi();
    connect(m_probe, &RoleProbe::finished, this, &ConnectionDialog::onTestFinished);
    connect(m_profiles, &ProfileStore::profileAdded, this, &ConnectionDialog::reloadList);
    connect(m_profiles, &ProfileStore::profileUpdated, this, &ConnectionDialog::reloadList);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &ConnectionDialog::reloadList);
    connect(m_profiles, &ProfileStore::currentChanged, this, &ConnectionDialog::reloadList);
    connect(m_credentials, &CredentialStore::sessionOnlyChanged, this, [this](bool on) {
        const QSignalBlocker blocker(m_sessionOnly);
        m_sessionOnly->setChecked(on);
        if (on)
            m_sessionOnly->show();
    });
    reloadList();
    if (m_profiles->count() > 0) {
        const QUuid current = m_profiles->currentId();
        selectProfile(current.isNull() ? m_profiles->profiles().constFirst().id() : current);
    } else {
        startNewProfile();
    }
}

ConnectionDialog::~ConnectionDialog()
{
    dropCredentialReply();
    m_probe->abort();
}

void ConnectionDialog::buildUi()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setMinimumWidth(200);
    m_list->setIconSize(QSize(16, 16));
    connect(m_list, &QListWidget::currentItemChanged, this, &ConnectionDialog::onSelectionChanged);

    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setAccessibleName(tr("Add a connection"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (confirmDiscard())
            startNewProfile();
    });
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setAccessibleName(tr("Remove the connection"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionDialog::removeEdited);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(tr("https://api.example.com"));
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->setAccessibleName(tr("Environment"));
    for (const ConnectionProfile::Environment environment : environments)
        m_environment->addItem(ConnectionProfile::environmentName(environment), int(environment));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_showSecrets = new QCheckBox(tr("Show"), this);
    m_showSecrets->setObjectName(QStringLiteral("showSecretsCheck"));
    m_showSecrets->setAccessibleName(tr("Show the API key and token"));
    connect(m_showSecrets, &QCheckBox::toggled, this, [this](bool show) {
        const QLineEdit::EchoMode mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_apiKey->setEchoMode(mode);
        m_token->setEchoMode(mode);
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showSecrets);

    m_sessionOnly
        = new QCheckBox(tr("Keep the API key and token in memory for this session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));
    m_sessionOnly->setAccessibleName(tr("Keep credentials for this session only"));
    m_sessionOnly->setToolTip(tr("Nothing is written to disk; BuiltOn Admin forgets them when it "
                                 "quits."));
    m_sessionOnly->setChecked(m_credentials->isSessionOnly());
    m_sessionOnly->setVisible(m_credentials->isSessionOnly());
    connect(m_sessionOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_credentials->setSessionOnly(on);
        if (on) {
            showCredentialStatus(tr("Credentials are kept in memory for this session only. Save "
                                    "to keep the ones entered, then connect."),
                false);
            markDirty();
        }
    });

    m_credentialStatus = valueLabel(QStringLiteral("credentialStatus"), this);
    m_validation = valueLabel(QStringLiteral("validationMessage"), this);
    setMessageStyle(m_validation, true);
    m_validation->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server address:"), m_url);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("API &key:"), m_apiKey);
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);
    form->addRow(QString(), m_sessionOnly);
    form->addRow(QString(), m_credentialStatus);

    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAccessibleName(tr("Test the connection"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    m_testSubject = valueLabel(QStringLiteral("testSubject"), this);
    m_testSubject->setWordWrap(false);
    m_testRole = valueLabel(QStringLiteral("testRole"), this);
    m_testRole->setWordWrap(false);
    m_testExpiry = valueLabel(QStringLiteral("testExpiry"), this);
    m_testExpiry->setWordWrap(false);
    m_testAnswer = valueLabel(QStringLiteral("testAnswer"), this);
    m_expiryWarning = valueLabel(QStringLiteral("expiryWarning"), this);
    setMessageStyle(m_expiryWarning, true);
    m_expiryWarning->hide();
    m_testBox = new QGroupBox(tr("Connection test"), this);
    m_testBox->setObjectName(QStringLiteral("testResult"));
    auto *testForm = new QFormLayout(m_testBox);
    testForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    testForm->addRow(tr("Token belongs to:"), m_testSubject);
    testForm->addRow(tr("Token expires:"), m_testExpiry);
    testForm->addRow(tr("Role:"), m_testRole);
    testForm->addRow(tr("Server:"), m_testAnswer);
    testForm->addRow(QString(), m_expiryWarning);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save the connection"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::save);
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect with this connection"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectToEdited);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addStretch();
    formButtons->addWidget(m_save);
    formButtons->addWidget(m_connect);

    m_formBox = new QGroupBox(this);
    m_formBox->setObjectName(QStringLiteral("profileForm"));
    auto *right = new QVBoxLayout(m_formBox);
    right->addLayout(form);
    right->addWidget(m_validation);
    right->addWidget(m_testBox);
    right->addStretch();
    right->addLayout(formButtons);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addLayout(left, 2);
    columns->addWidget(m_formBox, 5);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(860, 560);

    for (QLineEdit *edit : {m_name, m_url, m_apiKey, m_token})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::markDirty);
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        // A first guess for a new profile; an explicit choice is never overridden.
        if (m_editedId.isNull() && !m_environmentTouched) {
            const QSignalBlocker blocker(m_environment);
            m_environment->setCurrentIndex(m_environment->findData(
                int(ConnectionProfile::guessEnvironment(QUrl::fromUserInput(text.trimmed())))));
        }
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_environmentTouched = true;
        markDirty();
    });
    connect(m_token, &QLineEdit::textEdited, this, [this] {
        clearTestResult();
        showTokenInfo();
    });
}

void ConnectionDialog::reloadList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QUuid current = m_profiles->currentId();
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        QString text = profile.name();
        if (profile.id() == current)
            text = tr("%1 (in use)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(idRole, profile.id());
        item->setToolTip(
            tr("%1 · %2").arg(ConnectionProfile::environmentName(profile.environment()),
                ConnectionProfile::canonicalUrl(profile.baseUrl())));
        if (profile.isProduction()) {
            item->setIcon(Icons::icon(Icons::Name::Warning));
            item->setForeground(Appearance::productionText(m_list->palette(), QPalette::Base));
        }
        if (profile.id() == m_editedId)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

bool ConnectionDialog::selectProfile(const QUuid &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(idRole).toUuid() != id)
            continue;
        if (m_editedId == id)
            return true;
        if (m_list->currentItem() == item)
            onSelectionChanged();
        else
            m_list->setCurrentItem(item);
        return m_editedId == id;
    }
    return false;
}

void ConnectionDialog::onSelectionChanged()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QUuid id = item->data(idRole).toUuid();
    if (id == m_editedId)
        return;
    if (!confirmDiscard()) {
        // Put the selection back on the profile being edited.
        reloadList();
        return;
    }
    const std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    fillForm(*profile);
    readCredentials(*profile);
}

bool ConnectionDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const QString name
        = m_name->text().trimmed().isEmpty() ? tr("the new connection") : m_name->text().trimmed();
    return MessageBox::question(this, tr("Discard Changes"),
               tr("Discard your changes to %1?").arg(name),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void ConnectionDialog::startNewProfile(const QUrl &url)
{
    dropCredentialReply();
    m_probe->abort();
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    ConnectionProfile blank;
    blank.setBaseUrl(url);
    blank.setEnvironment(url.isValid() ? ConnectionProfile::guessEnvironment(url)
                                       : ConnectionProfile::Environment::Production);
    fillForm(blank);
    m_credentialsKnown = true;
    m_loadedCredentials = {};
    showCredentialStatus(QString(), false);
    m_formBox->setTitle(tr("New connection"));
    m_name->setFocus();
    updateButtons();
}

void ConnectionDialog::fillForm(const ConnectionProfile &profile)
{
    m_filling = true;
    m_editedId = profile.id();
    m_name->setText(profile.name());
    m_url->setText(profile.baseUrl().isValid() ? profile.baseUrl().toString() : QString());
    m_environment->setCurrentIndex(m_environment->findData(int(profile.environment())));
    m_apiKey->clear();
    m_token->clear();
    m_filling = false;
    m_environmentTouched = !profile.id().isNull();
    m_dirty = false;
    m_loadedCredentials = {};
    m_credentialsKnown = false;
    m_formBox->setTitle(
        profile.id().isNull() ? tr("New connection") : tr("Connection “%1”").arg(profile.name()));
    showValidation(QString());
    clearTestResult();
    m_expiryWarning->hide();
    updateButtons();
}

ConnectionProfile ConnectionDialog::profileFromForm() const
{
    ConnectionProfile profile;
    if (!m_editedId.isNull()) {
        if (const std::optional<ConnectionProfile> stored = m_profiles->profile(m_editedId))
            profile = *stored; // keeps colour and confirmWrites, which this form does not edit
    }
    profile.setName(m_name->text().trimmed());
    const QString url = m_url->text().trimmed();
    profile.setBaseUrl(url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode));
    profile.setEnvironment(ConnectionProfile::Environment(m_environment->currentData().toInt()));
    return profile;
}

ProfileCredentials ConnectionDialog::credentialsFromForm() const
{
    return ProfileCredentials {m_apiKey->text().trimmed(), m_token->text().trimmed()};
}

void ConnectionDialog::readCredentials(const ConnectionProfile &profile)
{
    dropCredentialReply();
    m_apiKey->setEnabled(false);
    m_token->setEnabled(false);
    m_apiKey->setPlaceholderText(tr("Reading from the keyring…"));
    m_token->setPlaceholderText(tr("Reading from the keyring…"));
    // A notice about what just happened (a removal) stays until this read has its say.
    showCredentialStatus(m_notice, false);
    m_reply = m_credentials->read(profile);
    connect(m_reply, &CredentialReply::finished, this, &ConnectionDialog::onCredentialsRead);
    updateButtons();
}

void ConnectionDialog::onCredentialsRead(const CredentialResult &result)
{
    if (m_reply) {
        m_reply->deleteLater();
        m_reply.clear();
    }
    m_apiKey->setEnabled(true);
    m_token->setEnabled(true);
    m_apiKey->setPlaceholderText(QString());
    m_token->setPlaceholderText(QString());
    const QString notice = std::exchange(m_notice, QString());
    const auto withNotice = [&notice](const QString &text) {
        return notice.isEmpty() ? text : notice + QLatin1Char('\n') + text;
    };
    switch (result.status()) {
    case CredentialResult::Status::Found:
        m_loadedCredentials = result.credentials();
        m_credentialsKnown = true;
        if (!m_dirty) {
            m_apiKey->setText(m_loadedCredentials.apiKey);
            m_token->setText(m_loadedCredentials.token);
        }
        // Reading from the keyring is no news; reading from memory is worth saying.
        showCredentialStatus(result.isSessionOnly() ? withNotice(result.message()) : notice, false);
        showTokenInfo();
        break;
    case CredentialResult::Status::NotFound:
        m_loadedCredentials = {};
        m_credentialsKnown = true;
        showCredentialStatus(withNotice(result.message()), false);
        break;
    case CredentialResult::Status::Locked:
    case CredentialResult::Status::Unavailable:
        // Unknown, not absent: saving without new secrets must not touch the keychain.
        m_credentialsKnown = false;
        offerSessionOnly(result);
        break;
    default:
        m_credentialsKnown = false;
        showCredentialStatus(withNotice(result.message()), true);
        break;
    }
    updateButtons();
}

void ConnectionDialog::offerSessionOnly(const CredentialResult &result)
{
    showCredentialStatus(result.message() + QLatin1Char(' ')
            + tr("You can still connect: enter the API key and token and tick “%1”; they are "
                 "then kept in memory and forgotten when BuiltOn Admin quits.")
                  .arg(m_sessionOnly->text()),
        true);
    m_sessionOnly->show();
}

void ConnectionDialog::save()
{
    if (isBusy())
        return;
    showValidation(QString());
    ConnectionProfile profile = profileFromForm();
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        showValidation(problem);
        Q_EMIT saved(false);
        return;
    }
    const ProfileCredentials entered = credentialsFromForm();
    if (entered.apiKey.isEmpty() != entered.token.isEmpty()) {
        showValidation(tr("Enter both the API key and the token."));
        Q_EMIT saved(false);
        return;
    }

    std::optional<ConnectionProfile> previous;
    QString error;
    if (m_editedId.isNull()) {
        if (!m_profiles->add(profile, &error)) {
            showValidation(error);
            Q_EMIT saved(false);
            return;
        }
    } else {
        previous = m_profiles->profile(m_editedId);
        if (!m_profiles->update(profile, &error)) {
            showValidation(error);
            Q_EMIT saved(false);
            return;
        }
    }
    m_editedId = profile.id();
    m_formBox->setTitle(tr("Connection “%1”").arg(profile.name()));
    reloadList();

    const bool urlChanged = previous && previous->credentialKey() != profile.credentialKey();
    const bool secretsEntered = entered.isComplete();
    if (!secretsEntered) {
        // Nothing entered: the keychain keeps whatever it has (it may be locked right now).
        m_dirty = false;
        showCredentialStatus(urlChanged
                ? tr("Saved. Enter the API key and token again for the new address.")
                : tr("Saved. No API key or token was entered, so the keyring was not changed."),
            urlChanged);
        finishSave(true, profile);
        return;
    }
    if (!urlChanged && m_credentialsKnown && entered == m_loadedCredentials
        && !m_credentials->isSessionOnly()) {
        m_dirty = false;
        showCredentialStatus(tr("Saved."), false);
        finishSave(true, profile);
        return;
    }
    writeCredentials(profile, entered, urlChanged ? previous : std::nullopt);
}

void ConnectionDialog::writeCredentials(const ConnectionProfile &profile,
    const ProfileCredentials &credentials, const std::optional<ConnectionProfile> &previous)
{
    dropCredentialReply();
    showCredentialStatus(tr("Saving the credentials…"), false);
    m_reply = m_credentials->write(profile, credentials);
    connect(m_reply, &CredentialReply::finished, this,
        [this, profile, credentials, previous](const CredentialResult &result) {
            if (m_reply) {
                m_reply->deleteLater();
                m_reply.clear();
            }
            if (!result.isSuccess()) {
                if (result.status() == CredentialResult::Status::Locked
                    || result.status() == CredentialResult::Status::Unavailable)
                    offerSessionOnly(result);
                else
                    showCredentialStatus(result.message(), true);
                finishSave(false, profile);
                return;
            }
            m_loadedCredentials = credentials;
            m_credentialsKnown = true;
            m_dirty = false;
            showCredentialStatus(result.message(), false);
            Q_EMIT credentialsSaved(profile);
            if (!previous) {
                finishSave(true, profile);
                return;
            }
            // The address changed: the secret filed under the old one goes.
            m_reply = m_credentials->remove(*previous);
            connect(m_reply, &CredentialReply::finished, this,
                [this, profile, saved = result](const CredentialResult &removal) {
                    if (m_reply) {
                        m_reply->deleteLater();
                        m_reply.clear();
                    }
                    if (!removal.isSuccess()) {
                        showCredentialStatus(saved.message() + QLatin1Char(' ')
                                + tr("The credentials saved for the old address could not be "
                                     "removed: %1")
                                      .arg(removal.message()),
                            true);
                    }
                    finishSave(true, profile);
                });
        });
    updateButtons();
}

void ConnectionDialog::finishSave(bool ok, const ConnectionProfile &profile)
{
    updateButtons();
    Q_EMIT saved(ok);
    if (!m_connectAfterSave)
        return;
    m_connectAfterSave = false;
    if (ok)
        Q_EMIT connectRequested(profile);
}

void ConnectionDialog::connectToEdited()
{
    if (isBusy())
        return;
    if (m_dirty || m_editedId.isNull()) {
        m_connectAfterSave = true;
        save();
        if (!isBusy() && m_connectAfterSave) {
            // save() failed validation synchronously.
            m_connectAfterSave = false;
        }
        return;
    }
    if (const std::optional<ConnectionProfile> profile = m_profiles->profile(m_editedId))
        Q_EMIT connectRequested(*profile);
}

void ConnectionDialog::removeEdited()
{
    if (isBusy() || m_editedId.isNull())
        return;
    const std::optional<ConnectionProfile> profile = m_profiles->profile(m_editedId);
    if (!profile)
        return;
    const QString question = profile->isProduction()
        ? tr("Remove the PRODUCTION connection “%1”? Its API key and token are deleted from this "
             "computer.")
              .arg(profile->name())
        : tr("Remove the connection “%1”? Its API key and token are deleted from this computer.")
              .arg(profile->name());
    if (MessageBox::question(this, tr("Remove Connection"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    dropCredentialReply();
    showCredentialStatus(tr("Removing the credentials…"), false);
    const ConnectionProfile doomed = *profile;
    m_reply = m_credentials->remove(doomed);
    connect(
        m_reply, &CredentialReply::finished, this, [this, doomed](const CredentialResult &result) {
            if (m_reply) {
                m_reply->deleteLater();
                m_reply.clear();
            }
            if (!result.isSuccess()) {
                showCredentialStatus(result.message(), true);
                const bool anyway = MessageBox::warning(this, tr("Remove Connection"),
                                        tr("%1\n\nRemove the connection “%2” anyway? Its "
                                           "credentials may stay in the keyring.")
                                            .arg(result.message(), doomed.name()),
                                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                    == QMessageBox::Yes;
                if (!anyway) {
                    updateButtons();
                    Q_EMIT removalFinished(false);
                    return;
                }
            }
            QString error;
            m_profiles->remove(doomed.id(), &error);
            m_dirty = false;
            m_notice = error.isEmpty() ? result.message() : error;
            if (m_profiles->count() > 0) {
                selectProfile(m_profiles->profiles().constFirst().id());
            } else {
                startNewProfile();
                showCredentialStatus(
                    std::exchange(m_notice, QString()), !error.isEmpty() || !result.isSuccess());
            }
            updateButtons();
            Q_EMIT removalFinished(true);
        });
    updateButtons();
}

void ConnectionDialog::testConnection()
{
    showValidation(QString());
    const ConnectionProfile profile = profileFromForm();
    ConnectionProfile checked = profile;
    if (checked.name().isEmpty())
        checked.setName(tr("Test")); // the name does not matter for a test
    const QString problem = checked.validate();
    if (!problem.isEmpty()) {
        showValidation(problem);
        return;
    }
    const ProfileCredentials credentials = credentialsFromForm();
    if (!credentials.isComplete()) {
        showValidation(tr("Enter the API key and the token to test the connection."));
        return;
    }
    clearTestResult();
    showTokenInfo();
    ApiConnection connection;
    connection.baseUrl = profile.baseUrl();
    connection.apiKey = credentials.apiKey;
    connection.bearerToken = credentials.token;
    m_testClient->abortAll();
    m_testClient->setConnection(connection);
    m_testAnswer->setText(tr("Testing…"));
    m_probe->start();
    updateButtons();
}

void ConnectionDialog::onTestFinished(const RoleProbe::Result &result)
{
    m_testRole->setText(result.isSuccess() ? accessRoleName(result.role) : tr("Unknown"));
    switch (result.role) {
    case AccessRole::Staff:
        m_testAnswer->setText(result.userCount >= 0
                ? tr("Connected. These credentials reach the whole company (%1 users).")
                      .arg(QLocale().toString(result.userCount))
                : tr("Connected. These credentials reach the whole company."));
        setMessageStyle(m_testAnswer, false);
        break;
    case AccessRole::Customer: {
        const DecodeResult<User> user = User::fromJson(result.me);
        const QString name = user ? user.value().displayName() : tr("a customer");
        m_testAnswer->setText(tr("Connected as %1. This is a customer’s token: it reaches only "
                                 "that customer’s own record.")
                                  .arg(name));
        setMessageStyle(m_testAnswer, false);
        break;
    }
    case AccessRole::Unknown:
        m_testAnswer->setText(result.error.message());
        setMessageStyle(m_testAnswer, true);
        break;
    }
    updateButtons();
    Q_EMIT testFinished(result);
}

void ConnectionDialog::showTokenInfo()
{
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        m_testSubject->clear();
        m_testExpiry->clear();
        m_expiryWarning->hide();
        return;
    }
    const TokenInfo info = TokenInfo::fromToken(token);
    m_testSubject->setText(
        info.subject().isEmpty() ? tr("Not stated in the token") : info.subject());
    const QDateTime now = Clock::currentDateTimeUtc();
    if (!info.hasExpiry()) {
        m_testExpiry->setText(tr("Not stated in the token"));
        m_expiryWarning->hide();
        return;
    }
    const QString when = QLocale().toString(info.expiry().toLocalTime(), QLocale::LongFormat);
    m_testExpiry->setText(when);
    if (info.isExpired(now)) {
        m_expiryWarning->setText(
            tr("This token expired on %1. Ask for a new one; the server will refuse this one.")
                .arg(when));
        m_expiryWarning->show();
    } else if (info.expiresWithin(Session::expiryWarningSeconds, now)) {
        m_expiryWarning->setText(tr("This token expires on %1, less than a week from now. Ask "
                                    "for a new one before then.")
                                     .arg(when));
        m_expiryWarning->show();
    } else {
        m_expiryWarning->hide();
    }
}

void ConnectionDialog::clearTestResult()
{
    m_probe->abort();
    m_testRole->clear();
    m_testAnswer->clear();
    updateButtons();
}

void ConnectionDialog::showCredentialStatus(const QString &text, bool problem)
{
    m_credentialStatus->setText(text);
    m_credentialStatus->setVisible(!text.isEmpty());
    setMessageStyle(m_credentialStatus, problem);
}

void ConnectionDialog::showValidation(const QString &text)
{
    m_validation->setText(text);
    m_validation->setVisible(!text.isEmpty());
}

void ConnectionDialog::markDirty()
{
    if (m_filling)
        return;
    m_dirty = true;
    updateButtons();
}

bool ConnectionDialog::isBusy() const
{
    return !m_reply.isNull() || m_probe->isRunning();
}

void ConnectionDialog::updateButtons()
{
    const bool keychainBusy = !m_reply.isNull();
    m_save->setEnabled(!keychainBusy);
    m_connect->setEnabled(!keychainBusy);
    m_remove->setEnabled(!keychainBusy && !m_editedId.isNull());
    m_add->setEnabled(!keychainBusy);
    m_list->setEnabled(!keychainBusy);
    m_test->setEnabled(!m_probe->isRunning());
}

void ConnectionDialog::dropCredentialReply()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply.clear();
    m_apiKey->setEnabled(true);
    m_token->setEnabled(true);
    m_apiKey->setPlaceholderText(QString());
    m_token->setPlaceholderText(QString());
}

QString ConnectionDialog::credentialStatusText() const
{
    return m_credentialStatus->text();
}

QString ConnectionDialog::validationText() const
{
    return m_validation->text();
}

void ConnectionDialog::reject()
{
    if (!confirmDiscard())
        return;
    m_dirty = false;
    QDialog::reject();
}

void ConnectionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The secrets left the widgets when the dialog was hidden; read them again.
    if (!m_editedId.isNull() && !m_reply && m_apiKey->text().isEmpty()
        && m_token->text().isEmpty()) {
        if (const std::optional<ConnectionProfile> profile = m_profiles->profile(m_editedId))
            readCredentials(*profile);
    }
}

void ConnectionDialog::hideEvent(QHideEvent *event)
{
    if (event->spontaneous()) {
        // Minimised: the form stays as it is.
        QDialog::hideEvent(event);
        return;
    }
    m_probe->abort();
    m_testClient->abortAll();
    dropCredentialReply();
    // Secrets stay on screen no longer than the dialog does.
    m_apiKey->clear();
    m_token->clear();
    m_loadedCredentials = {};
    m_credentialsKnown = false;
    m_dirty = false;
    clearTestResult();
    QDialog::hideEvent(event);
}
