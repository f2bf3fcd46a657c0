// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/UserDetailArea.h"

#include "api/ConnectionProfile.h"
#include "models/codec/ObjectId.h"
#include "models/editing/ChangeJournal.h"
#include "models/editing/DraftStore.h"
#include "models/editing/ProfileEditor.h"
#include "models/items/ChangeJournalModel.h"
#include "session/Session.h"
#include "ui/userdetail/ChangeJournalDialog.h"
#include "ui/userdetail/DraftsDialog.h"
#include "ui/userdetail/ProfileForm.h"
#include "ui/userdetail/UserDetailLogging.h"
#include "ui/userdetail/UserDetailTab.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/Page.h"
#include "ui/widgets/WriteConfirmation.h"

#include <QDir>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>

#include <memory>

UserDetailArea::UserDetailArea(Session *session, QStackedWidget *home, ErrorBanner *banner,
    QWidget *parent, const QString &dataDirectory)
    : QTabWidget(parent)
    , m_session(session)
    , m_home(home)
    , m_banner(banner)
    , m_drafts(new DraftStore(dataDirectory.isEmpty()
              ? DraftStore::defaultDirectory()
              : QDir(dataDirectory).filePath(QStringLiteral("drafts")),
          this))
    , m_journal(new ChangeJournal(dataDirectory.isEmpty()
              ? ChangeJournal::defaultFilePath()
              : QDir(dataDirectory).filePath(QStringLiteral("journal.jsonl")),
          this))
{
    setObjectName(QStringLiteral("workArea"));
    setAccessibleName(tr("Open users"));
    setDocumentMode(true);
    setTabsClosable(true);
    setTabBarAutoHide(true);
    tabBar()->setObjectName(QStringLiteral("workAreaTabs"));
    tabBar()->setAccessibleName(tr("Open users"));

    addTab(m_home, QString());
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    updateHomeTab();
    connect(m_home, &QStackedWidget::currentChanged, this, &UserDetailArea::updateHomeTab);

    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *tab = qobject_cast<UserDetailTab *>(widget(index)))
            closeUserTab(tab);
    });

    auto *close = new QShortcut(QKeySequence::Close, this);
    close->setContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, this, [this] {
        if (UserDetailTab *tab = currentUserTab())
            closeUserTab(tab);
    });
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { cycle(1); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] { cycle(-1); });
    auto *previousAlt = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), this);
    previousAlt->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previousAlt, &QShortcut::activated, this, [this] { cycle(-1); });

    m_tabsProfileKey = profileKey();
    m_tabsProfileId = m_session->profile().id();
    connect(m_session, &Session::profileChanged, this, &UserDetailArea::onProfileChanged);
    connect(m_session, &Session::ready, this, &UserDetailArea::onSessionReady);
    connect(m_session, &Session::aboutToSwitch, this, [this] { m_resumeTab = currentUserTab(); });
    connect(m_drafts, &DraftStore::writeFailed, this, [this](const QString &message) {
        m_banner->showMessage(ErrorBanner::Level::Warning,
            tr("Unsaved changes could not be kept safe on disk: %1").arg(message));
    });
}

UserDetailArea::~UserDetailArea() = default;

ChangeJournalDialog *UserDetailArea::journalDialog() const
{
    return m_journalDialog;
}

DraftsDialog *UserDetailArea::draftsDialog() const
{
    return m_draftsDialog;
}

void UserDetailArea::updateHomeTab()
{
    const auto *page = qobject_cast<const Page *>(m_home->currentWidget());
    setTabText(0, page ? page->title() : tr("Home"));
    setTabIcon(0, page ? page->icon() : QIcon());
}

QString UserDetailArea::profileKey() const
{
    if (!m_session->hasProfile())
        return QString();
    const ConnectionProfile profile = m_session->profile();
    // Profiles for this run only get a new id every start, and --demo's server a new port:
    // the company behind the key, as the server reported it, is what stays the same (with the
    // kind of environment, so a staging copy of a production shop keeps its own drafts).
    if (m_session->isTransient()) {
        const QString company = m_session->companyId();
        if (!company.isEmpty())
            return companyKeyPrefix() + ConnectionProfile::environmentKey(profile.environment())
                + QLatin1Char(':') + company;
        return urlKeyPrefix() + ConnectionProfile::canonicalUrl(profile.baseUrl());
    }
    return profile.id().toString(QUuid::WithoutBraces);
}

QString UserDetailArea::actor() const
{
    const QString name = m_session->profile().name();
    const QString subject = m_session->tokenInfo().subject();
    return subject.isEmpty() ? name : tr("%1 (sub: %2)").arg(name, subject);
}

WriteServices UserDetailArea::writeServices()
{
    WriteServices services;
    services.journal = m_journal;
    services.actor = [this] {
        return actor();
    };
    services.server = [this] {
        return ConnectionProfile::canonicalUrl(m_session->profile().baseUrl());
    };
    services.writeQuestion = [this](const QString &subject) {
        return WriteConfirmation::question(m_session->profile(), m_settings, subject);
    };
    return services;
}

UserDetailTab *UserDetailArea::openUser(const QString &userId)
{
    if (!ObjectId::isCanonical(userId))
        return nullptr;
    if (UserDetailTab *existing = userTab(userId)) {
        setCurrentWidget(existing);
        return existing;
    }
    UserDetailServices services;
    services.session = m_session;
    services.drafts = m_drafts;
    services.journal = m_journal;
    services.tabs = &m_factory;
    services.profileKey = [this] {
        return m_tabsProfileKey;
    };
    services.actor = [this] {
        return actor();
    };
    services.server = [this] {
        return ConnectionProfile::canonicalUrl(m_session->profile().baseUrl());
    };
    services.reportError = [this](const ApiError &error, const std::function<void()> &retry) {
        if (error.isCancellation())
            return;
        m_banner->showMessage(
            ErrorBanner::Level::Error, error.message(), retry ? tr("Retry") : QString(), retry);
    };
    services.showJournal = [this](const QString &id, const QString &name) {
        showJournal(id, name);
    };
    services.writeQuestion = [this](const QString &subject) {
        return WriteConfirmation::question(m_session->profile(), m_settings, subject);
    };
    services.writeNotice = [this] {
        return WriteConfirmation::notice(m_session->profile(), m_settings);
    };
    if (m_tabsProfileKey.isEmpty()) {
        m_tabsProfileKey = profileKey();
        m_tabsProfileId = m_session->profile().id();
    }

    auto *tab = new UserDetailTab(services, userId, this);
    const int index = addTab(tab, tab->title());
    setTabToolTip(index, userId);
    connect(tab, &UserDetailTab::titleChanged, this, [this, tab] {
        const int at = indexOf(tab);
        if (at < 0)
            return;
        setTabText(at, tab->title());
        setTabToolTip(at, tab->userLabel());
    });
    setCurrentWidget(tab);
    tab->sections()->setFocus(Qt::OtherFocusReason);
    tab->load();
    return tab;
}

UserDetailTab *UserDetailArea::userTab(const QString &userId) const
{
    for (UserDetailTab *tab : userTabs()) {
        if (tab->userId() == userId)
            return tab;
    }
    return nullptr;
}

QList<UserDetailTab *> UserDetailArea::userTabs() const
{
    QList<UserDetailTab *> tabs;
    for (int i = 1; i < count(); ++i) {
        if (auto *tab = qobject_cast<UserDetailTab *>(widget(i)))
            tabs.append(tab);
    }
    return tabs;
}

UserDetailTab *UserDetailArea::currentUserTab() const
{
    return qobject_cast<UserDetailTab *>(currentWidget());
}

void UserDetailArea::showHome()
{
    setCurrentIndex(0);
}

bool UserDetailArea::closeUserTab(UserDetailTab *tab)
{
    if (!tab || indexOf(tab) < 0)
        return false;
    const QPointer<UserDetailTab> guard(tab);
    const bool now = tab->confirmClose([this, guard] {
        if (guard && indexOf(guard) >= 0) {
            removeTab(indexOf(guard));
            guard->deleteLater();
        }
    });
    if (!now)
        return false;
    removeTab(indexOf(tab));
    tab->deleteLater();
    return true;
}

void UserDetailArea::closeAllUserTabs()
{
    for (UserDetailTab *tab : userTabs()) {
        removeTab(indexOf(tab));
        tab->deleteLater();
    }
}

bool UserDetailArea::confirmLeave(const std::function<void()> &continueLater)
{
    QList<UserDetailTab *> dirty;
    for (UserDetailTab *tab : userTabs()) {
        if (tab->isDirty())
            dirty.append(tab);
    }
    if (dirty.isEmpty())
        return true;
    QStringList names;
    for (const UserDetailTab *tab : std::as_const(dirty))
        names.append(tab->userLabel());
    QString question = tr("You have unsaved changes to %1. Save them first?")
                           .arg(names.join(QStringLiteral(", ")));
    if (const QString notice = WriteConfirmation::notice(m_session->profile(), m_settings);
        !notice.isEmpty())
        question += QLatin1Char(' ') + notice;
    const MessageBox::Button answer
        = MessageBox::question(window(), tr("Unsaved Changes"), question,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        for (UserDetailTab *tab : std::as_const(dirty))
            tab->discardEdits();
        return true;
    }
    if (answer != QMessageBox::Save)
        return false;
    auto pending = std::make_shared<int>(int(dirty.size()));
    for (UserDetailTab *tab : std::as_const(dirty)) {
        const bool started = tab->saveThen([pending, continueLater] {
            if (--*pending == 0 && continueLater)
                continueLater();
        });
        if (!started)
            setCurrentWidget(tab); // the tab says why (invalid field, open conflict)
    }
    return false;
}

bool UserDetailArea::reloadCurrent()
{
    if (UserDetailTab *tab = currentUserTab()) {
        tab->reload();
        return true;
    }
    return false;
}

void UserDetailArea::cycle(int step)
{
    if (count() < 2)
        return;
    setCurrentIndex((currentIndex() + step + count()) % count());
}

void UserDetailArea::showJournal(const QString &userId, const QString &userName)
{
    if (!m_journalDialog) {
        m_journalDialog = new ChangeJournalDialog(m_journal, m_settings, window());
        m_journalDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Payment methods by their card where an open user's form has read them.
    QHash<QString, QString> labels;
    for (const UserDetailTab *tab : userTabs())
        labels.insert(tab->profileForm()->paymentMethodLabels());
    m_journalDialog->model()->setPaymentMethodLabels(labels);
    m_journalDialog->showUser(userId, userName);
    m_journalDialog->show();
    m_journalDialog->raise();
    m_journalDialog->activateWindow();
}

void UserDetailArea::offerDrafts()
{
    const QString key = profileKey();
    if (key.isEmpty() || m_session->role() != AccessRole::Staff)
        return;
    adoptUrlDrafts(key);
    QList<Draft> drafts = m_drafts->drafts(key);
    drafts.removeIf([this](const Draft &draft) { return userTab(draft.userId) != nullptr; });
    if (drafts.isEmpty())
        return;
    if (m_draftsDialog)
        m_draftsDialog->close();
    auto *dialog = new DraftsDialog(drafts, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_draftsDialog = dialog;
    connect(dialog, &DraftsDialog::restoreRequested, this, &UserDetailArea::restoreDrafts);
    connect(dialog, &DraftsDialog::discardRequested, this, [this, key](const QList<Draft> &chosen) {
        for (const Draft &draft : chosen)
            m_drafts->remove(key, draft.userId);
    });
    dialog->show();
}

QString UserDetailArea::urlKeyPrefix()
{
    return QStringLiteral("url:");
}

QString UserDetailArea::companyKeyPrefix()
{
    return QStringLiteral("company:");
}

void UserDetailArea::adoptUrlDrafts(const QString &key)
{
    // Drafts of earlier versions were filed under the server's URL: those made on this
    // company's users (their record names the company) now belong to the company's key.
    const QString company = m_session->companyId();
    if (!m_session->isTransient() || company.isEmpty() || !key.startsWith(companyKeyPrefix()))
        return;
    const int moved = m_drafts->refile(key, [&company](const Draft &draft) {
        return draft.profileKey.startsWith(urlKeyPrefix()) && draft.companyId() == company;
    });
    if (moved > 0)
        qCInfo(lcUiUserDetail) << "Drafts filed under a server address taken over:" << moved;
}

void UserDetailArea::restoreDrafts(const QList<Draft> &drafts)
{
    for (const Draft &draft : drafts) {
        if (draft.profileKey != profileKey())
            continue;
        UserDetailTab *tab = openUser(draft.userId);
        if (tab && !tab->restoreDraft(draft))
            qCWarning(lcUiUserDetail) << "A draft could not be restored for user" << draft.userId;
    }
}

void UserDetailArea::onProfileChanged()
{
    const QString key = profileKey();
    // The key alone is not enough: two connections for this run only to the same server (the
    // demo's staff and customer sign-ins) share their key, but not what they may see.
    if (key == m_tabsProfileKey && m_session->profile().id() == m_tabsProfileId)
        return;
    // Another connection: nothing of the old one may stay on screen. Drafts stay on disk,
    // under the connection they belong to.
    m_drafts->flush();
    closeAllUserTabs();
    if (m_draftsDialog)
        m_draftsDialog->close();
    m_tabsProfileKey = key;
    m_tabsProfileId = m_session->profile().id();
    showHome();
}

void UserDetailArea::onSessionReady()
{
    // Once connected the key may be more precise (the company is known now).
    if (m_tabsProfileKey.isEmpty() || m_session->profile().id() == m_tabsProfileId) {
        m_tabsProfileKey = profileKey();
        m_tabsProfileId = m_session->profile().id();
    }
    for (UserDetailTab *tab : userTabs())
        tab->sessionReady();
    if (m_resumeTab) {
        // Signed in again on the same connection: back to the user being edited, once the
        // main window has shown its section page.
        QTimer::singleShot(0, this, [this] {
            if (m_resumeTab && indexOf(m_resumeTab) >= 0)
                setCurrentWidget(m_resumeTab);
            m_resumeTab.clear();
        });
    }
    const QString key = profileKey();
    if (!m_offered.contains(key)) {
        m_offered.insert(key);
        // After the window has shown the section page.
        QTimer::singleShot(0, this, &UserDetailArea::offerDrafts);
    }
}

void UserDetailArea::tabInserted(int index)
{
    QTabWidget::tabInserted(index);
    setFocusPolicy(count() > 1 ? Qt::TabFocus : Qt::NoFocus);
}

void UserDetailArea::tabRemoved(int index)
{
    QTabWidget::tabRemoved(index);
    setFocusPolicy(count() > 1 ? Qt::TabFocus : Qt::NoFocus);
}
