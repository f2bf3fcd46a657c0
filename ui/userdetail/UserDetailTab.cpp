// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/UserDetailTab.h"

#include "api/ApiClient.h"
#include "models/Clock.h"
#include "models/editing/ChangeJournal.h"
#include "models/editing/ProfileEditor.h"
#include "session/Session.h"
#include "ui/userdetail/AddressesEditor.h"
#include "ui/userdetail/ConflictDialog.h"
#include "ui/userdetail/ProfileForm.h"
#include "ui/userdetail/UserTabsFactory.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/ListSection.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/StatusLabel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr int profileSection = 0;
constexpr int addressesSection = 1;
constexpr int firstExtraSection = 2;

QLabel *makeBadge(const QString &text, const QString &name, const QColor &colour, QWidget *parent)
{
    auto *badge = new QLabel(text, parent);
    badge->setObjectName(name);
    badge->setAccessibleName(text);
    badge->setContentsMargins(8, 2, 8, 2);
    badge->setAutoFillBackground(true);
    QPalette palette = badge->palette();
    palette.setColor(QPalette::Window, colour);
    palette.setColor(QPalette::WindowText, Qt::white);
    badge->setPalette(palette);
    QFont font = badge->font();
    font.setBold(true);
    badge->setFont(font);
    badge->hide();
    return badge;
}

QString dateText(const Timestamp &time)
{
    return time.isValid()
        ? QLocale().toString(time.toDateTime().toLocalTime(), QLocale::ShortFormat)
        : UserDetailTab::tr("never");
}

} // namespace

UserDetailTab::UserDetailTab(
    const UserDetailServices &services, const QString &userId, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_userId(userId)
    , m_editor(new ProfileEditor(services.session->client(), this))
    , m_name(new QLabel(this))
    , m_humanId(new QLabel(this))
    , m_deletedBadge(makeBadge(
          tr("Deleted"), QStringLiteral("userDeletedBadge"), QColor(0x8a, 0x1c, 0x1c), this))
    , m_blockedBadge(makeBadge(
          tr("Blocked"), QStringLiteral("userBlockedBadge"), QColor(0x9a, 0x5b, 0x00), this))
    , m_dates(new QLabel(this))
    , m_strip(new ErrorBanner(this))
    , m_sections(new QTabWidget(this))
    , m_status(new StatusLabel(this))
{
    setObjectName(QStringLiteral("userDetailTab"));
    setAccessibleName(tr("User"));
    Q_ASSERT(services.session && services.drafts && services.journal && services.tabs);

    // A phone number written without a country code is from the company's country.
    Session *session = services.session;
    m_editor->setDefaultCallingCode(session->company().callingCode());
    connect(session, &Session::companyChanged, m_editor,
        [this, session] { m_editor->setDefaultCallingCode(session->company().callingCode()); });

    // Header.
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setFont(Appearance::headingFont(m_name->font()));
    m_humanId->setObjectName(QStringLiteral("userHumanId"));
    m_humanId->setTextFormat(Qt::PlainText);
    m_humanId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_humanId->setAccessibleName(tr("Customer ID"));
    m_humanId->setToolTip(tr("The short ID customers read out on the phone"));
    m_dates->setObjectName(QStringLiteral("userDates"));
    m_dates->setTextFormat(Qt::PlainText);
    QPalette dim = m_dates->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_dates->setPalette(dim);

    m_reload = makeButton(tr("Reload"), QStringLiteral("userReload"), tr("Reload user"));
    m_reload->setToolTip(tr("Read the user again; your unsaved changes are kept (F5)"));
    connect(m_reload, &QPushButton::clicked, this, &UserDetailTab::reload);
    m_history = makeButton(tr("History…"), QStringLiteral("userHistory"), tr("Change history"));
    m_history->setToolTip(tr("The changes BuiltOn Admin saved for this user"));
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (m_services.showJournal)
            m_services.showJournal(m_userId, userLabel());
    });
    m_delete = makeButton(tr("Delete User…"), QStringLiteral("userDelete"), tr("Delete user"));
    connect(m_delete, &QPushButton::clicked, this, &UserDetailTab::requestDelete);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_name, 0, Qt::AlignBaseline);
    titleRow->addWidget(m_humanId, 0, Qt::AlignBaseline);
    titleRow->addWidget(m_deletedBadge, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_blockedBadge, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    titleRow->addWidget(m_reload);
    titleRow->addWidget(m_history);
    titleRow->addWidget(m_delete);

    // Sections.
    m_sections->setObjectName(QStringLiteral("userSections"));
    m_sections->setAccessibleName(tr("User sections"));
    m_sections->setDocumentMode(true);
    m_profile = new ProfileForm(m_editor, services.session->client(), m_sections);
    m_addresses = new AddressesEditor(m_editor, m_sections);
    m_sections->addTab(m_profile, tr("&Profile"));
    m_sections->addTab(m_addresses, tr("&Addresses"));
    for (const UserTabsFactory::Tab tab : UserTabsFactory::allTabs) {
        auto *page = new QWidget(m_sections);
        page->setObjectName(UserTabsFactory::objectName(tab));
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        m_sections->addTab(page, UserTabsFactory::title(tab));
        m_extraTabs.append({page});
    }
    connect(m_sections, &QTabWidget::currentChanged, this, &UserDetailTab::showCurrentSection);

    // Save bar.
    m_status->setObjectName(QStringLiteral("userSaveStatus"));
    m_status->setPurpose(tr("Save status"));
    m_revert = makeButton(tr("Re&vert"), QStringLiteral("userRevert"), tr("Revert"));
    m_revert->setToolTip(tr("Drop every unsaved change to this user"));
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, tr("Revert Changes"),
                tr("Drop your unsaved changes to %1?").arg(userLabel()),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard)
            discardEdits();
    });
    m_save = makeButton(tr("Save"), QStringLiteral("userSave"), tr("Save"));
    m_save->setToolTip(
        tr("Save the profile and the addresses (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_save, &QPushButton::clicked, this, &UserDetailTab::save);
    auto *saveBar = new QHBoxLayout;
    saveBar->addWidget(m_status, 1);
    saveBar->addWidget(m_revert);
    saveBar->addWidget(m_save);

    m_strip->setObjectName(QStringLiteral("userMessageStrip"));
    m_strip->setAccessibleName(tr("User message"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_dates);
    layout->addWidget(m_strip);
    layout->addWidget(m_sections, 1);
    layout->addLayout(saveBar);

    // Keyboard: Ctrl+S saves, F5 reloads (through the main window's Reload), Ctrl+PgDown and
    // Ctrl+PgUp walk the sections; only the tab on screen reacts.
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("userSaveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &UserDetailTab::save);
    addAction(saveAction);
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] {
        m_sections->setCurrentIndex((m_sections->currentIndex() + 1) % m_sections->count());
    });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] {
        m_sections->setCurrentIndex(
            (m_sections->currentIndex() + m_sections->count() - 1) % m_sections->count());
    });

    connect(m_editor, &ProfileEditor::changed, this, &UserDetailTab::onEditorChanged);
    connect(m_editor, &ProfileEditor::saved, this, &UserDetailTab::onSaved);
    connect(m_editor, &ProfileEditor::saveFinished, this, [this] {
        if (m_strip->isShowing() && m_strip->level() != ErrorBanner::Level::Information)
            m_strip->dismiss();
        m_status->setText(tr("All changes saved."));
        if (const std::function<void()> done = std::exchange(m_afterSave, {}))
            done();
    });
    connect(m_editor, &ProfileEditor::saveFailed, this, [this](const ApiError &error) {
        m_afterSave = {};
        QString text = tr("Not saved: %1 Your changes are kept; you can save them again.")
                           .arg(error.message());
        if (error.kind() == ApiError::Kind::Unauthorized)
            text += QLatin1Char(' ') + tr("Sign in again first (File ▸ Connections).");
        m_strip->showMessage(ErrorBanner::Level::Error, text, tr("Retry Save"), [this] { save(); });
        // The server refused a field's value: the message goes once that field is fixed.
        m_fieldsMessage = error.field().isEmpty() ? QString() : m_strip->text();
    });
    connect(m_editor, &ProfileEditor::conflictsFound, this, &UserDetailTab::onConflicts);
    connect(m_editor, &ProfileEditor::loadFailed, this, [this](const ApiError &error) {
        if (error.isCancellation())
            return;
        m_strip->showMessage(ErrorBanner::Level::Error,
            tr("The user could not be loaded: %1").arg(error.message()), tr("Retry"),
            [this] { m_editor->isLoaded() ? reload() : load(); });
    });
    connect(m_editor, &ProfileEditor::loaded, this, [this] {
        // The staff member just opened the user: start in the first field, unless they have
        // already moved on to something else.
        // A keyboard user who already went to another section (Ctrl+PgDown) stays there.
        QWidget *focus = QApplication::focusWidget();
        if (!m_focusedOnce && isVisible()) {
            m_focusedOnce = true;
            if (m_sections->currentIndex() == profileSection && (!focus || isAncestorOf(focus)))
                m_profile->fieldWidget(UserField::FirstName)->setFocus(Qt::OtherFocusReason);
        }
        if (m_strip->isShowing() && m_editor->lastError().kind() == ApiError::Kind::None
            && m_editor->state() != ProfileEditor::State::Conflict)
            m_strip->dismiss();
    });
    connect(m_editor, &ProfileEditor::deleted, this, [this](const QList<FieldChange> &changes) {
        recordChanges(changes);
        m_strip->showMessage(ErrorBanner::Level::Information,
            tr("%1 was deleted. The record stays on the server, marked as deleted.")
                .arg(userLabel()));
    });
    connect(m_editor, &ProfileEditor::deleteFailed, this, [this](const ApiError &error) {
        const QString text = error.kind() == ApiError::Kind::PreconditionFailed
            ? tr("Not deleted: %1 changed on the server since you opened it. The changes are "
                 "shown now; delete again if it still should go.")
                  .arg(userLabel())
            : tr("Not deleted: %1").arg(error.message());
        m_strip->showMessage(ErrorBanner::Level::Error, text);
    });

    onEditorChanged();
}

UserDetailTab::~UserDetailTab() = default;

ConflictDialog *UserDetailTab::conflictDialog() const
{
    return m_conflictDialog;
}

QPushButton *UserDetailTab::makeButton(
    const QString &text, const QString &name, const QString &accessible)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setAutoDefault(false);
    return button;
}

QString UserDetailTab::title() const
{
    QString name = m_editor->isLoaded() ? m_editor->base().displayName() : tr("Loading…");
    if (m_editor->isLoaded() && m_editor->base().isDeleted())
        name = tr("%1 (deleted)").arg(name);
    return isDirty() ? tr("%1 •").arg(name) : name;
}

QString UserDetailTab::userLabel() const
{
    if (!m_editor->isLoaded())
        return m_userId;
    const User &user = m_editor->base();
    return user.humanId().isEmpty() ? user.displayName()
                                    : tr("%1 (%2)").arg(user.displayName(), user.humanId());
}

bool UserDetailTab::isDirty() const
{
    return m_editor->isLoaded() && m_editor->isDirty();
}

void UserDetailTab::load()
{
    m_status->setText(tr("Loading…"));
    m_editor->load(m_userId);
}

void UserDetailTab::reload()
{
    if (!m_editor->isLoaded()) {
        load();
        return;
    }
    m_editor->reload();
    m_profile->loadChoices();
    for (const ExtraTab &extra : std::as_const(m_extraTabs)) {
        if (extra.list)
            extra.list->reload();
    }
}

bool UserDetailTab::save()
{
    return startSave(true);
}

bool UserDetailTab::confirmWrite()
{
    const QString question
        = m_services.writeQuestion ? m_services.writeQuestion(userLabel()) : QString();
    if (question.isEmpty())
        return true;
    return MessageBox::question(this, tr("Confirm Change"), question,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool UserDetailTab::startSave(bool askFirst)
{
    m_profile->commitPending();
    if (!m_editor->isLoaded())
        return false;
    if (!m_editor->isValid()) {
        // Show the first field in the way.
        for (const UserField field : AllUserFields) {
            if (!m_editor->validationError(field).isEmpty() && m_editor->isDirty(field)) {
                m_sections->setCurrentIndex(profileSection);
                if (QWidget *widget = m_profile->fieldWidget(field))
                    widget->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        m_fieldsMessage = tr("Not saved: correct the fields marked in red first.");
        m_strip->showMessage(ErrorBanner::Level::Warning, m_fieldsMessage);
        return false;
    }
    if (m_editor->state() == ProfileEditor::State::Conflict) {
        showConflictDialog();
        return false;
    }
    if (!m_editor->isDirty())
        return false;
    if (askFirst && !confirmWrite())
        return false;
    if (!m_editor->save())
        return false;
    m_status->setText(tr("Saving…"));
    return true;
}

bool UserDetailTab::saveThen(const std::function<void()> &done)
{
    if (m_editor->state() == ProfileEditor::State::Saving) {
        m_afterSave = done;
        return true;
    }
    // The staff member has just chosen Save: no second question.
    if (!startSave(false))
        return false;
    m_afterSave = done;
    return true;
}

void UserDetailTab::discardEdits()
{
    m_afterSave = {};
    m_editor->revertAll();
    m_services.drafts->remove(m_services.profileKey(), m_userId);
    m_strip->dismiss();
}

bool UserDetailTab::restoreDraft(const Draft &draft)
{
    if (draft.userId != m_userId)
        return false;
    m_restoring = true;
    const bool ok = m_editor->restoreDraft(draft.base, draft.etag, draft.edits);
    m_restoring = false;
    if (ok) {
        stageDraft();
        m_strip->showMessage(ErrorBanner::Level::Information,
            tr("Your unsaved changes from %1 are back. Check them and save.")
                .arg(QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    return ok;
}

void UserDetailTab::requestDelete()
{
    if (!m_editor->isLoaded() || m_editor->base().isDeleted())
        return;
    // One question: on a production connection it says so, and still names the user.
    const QString production
        = m_services.writeQuestion ? m_services.writeQuestion(userLabel()) : QString();
    const QString question = production.isEmpty()
        ? tr("Delete %1 on %2?\n\nThe user is marked as deleted: hidden from lists and unable "
             "to sign in. Orders and payments stay on record.")
              .arg(userLabel(), m_services.server())
        : tr("%1\n\nThis deletes the user: they are marked as deleted, hidden from lists and "
             "unable to sign in. Orders and payments stay on record.")
              .arg(production);
    if (!MessageBox::confirmDestructive(this, tr("Delete User"), question, tr("Delete User")))
        return;
    m_editor->deleteUser();
}

bool UserDetailTab::confirmClose(const std::function<void()> &closeLater)
{
    if (!isDirty() && m_editor->state() != ProfileEditor::State::Saving)
        return true;
    if (!isDirty()) {
        // A save is under way: close once it is over.
        m_afterSave = closeLater;
        return false;
    }
    QString question = tr("Save your changes to %1 before closing it?").arg(userLabel());
    if (const QString notice = m_services.writeNotice ? m_services.writeNotice() : QString();
        !notice.isEmpty())
        question += QLatin1Char(' ') + notice;
    const MessageBox::Button answer = MessageBox::question(this, tr("Unsaved Changes"), question,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        discardEdits();
        return true;
    }
    if (answer == QMessageBox::Save)
        saveThen(closeLater);
    return false;
}

void UserDetailTab::sessionReady()
{
    if (!m_editor->isLoaded() && !m_editor->isBusy()) {
        load();
        return;
    }
    m_profile->loadChoices();
}

void UserDetailTab::showCurrentSection(int index)
{
    // Revert and Save belong to the profile and the addresses; the lists have nothing to edit.
    const bool editable = index == profileSection || index == addressesSection;
    m_revert->setVisible(editable);
    m_save->setVisible(editable);
    const int number = index - firstExtraSection;
    if (number < 0 || number >= m_extraTabs.size())
        return;
    ExtraTab &extra = m_extraTabs[number];
    if (extra.filled)
        return;
    extra.filled = true;
    const UserTabsFactory::Tab tab = UserTabsFactory::allTabs.at(std::size_t(number));
    UserTabContext context;
    context.session = m_services.session;
    context.userId = m_userId;
    context.reportError = m_services.reportError;
    context.journal = m_services.journal;
    context.actor = m_services.actor;
    extra.list = m_services.tabs->create(tab, context, extra.page);
    extra.page->layout()->addWidget(
        extra.list ? extra.list : UserTabsFactory::createPlaceholder(tab, extra.page));
}

bool UserDetailTab::hasFieldErrors() const
{
    if (!m_editor->isValid() || !m_editor->addressesError().isEmpty())
        return true;
    for (const UserField field : AllUserFields) {
        if (!m_editor->validationError(field).isEmpty())
            return true;
    }
    return false;
}

void UserDetailTab::onEditorChanged()
{
    const bool loaded = m_editor->isLoaded();
    const bool busy = m_editor->isBusy();
    const bool dirty = isDirty();
    const ProfileEditor::State state = m_editor->state();
    m_save->setEnabled(loaded && dirty && !busy && state != ProfileEditor::State::Conflict);
    m_revert->setEnabled(loaded && dirty && !busy);
    m_delete->setEnabled(loaded && !busy && !m_editor->base().isDeleted());
    m_reload->setEnabled(!busy);
    m_history->setEnabled(loaded);

    if (state == ProfileEditor::State::Saving) {
        m_status->setText(tr("Saving…"));
    } else if (state == ProfileEditor::State::Deleting) {
        m_status->setText(tr("Deleting…"));
    } else if (state == ProfileEditor::State::Loading) {
        m_status->setText(tr("Loading…"));
    } else if (state == ProfileEditor::State::Conflict) {
        m_status->setText(tr("Waiting for your choice on changes made by someone else."));
    } else if (dirty) {
        QStringList labels;
        for (const QString &key : m_editor->dirtyKeys())
            labels.append(ProfileUnits::label(key));
        m_status->setText(tr("Unsaved changes: %1").arg(labels.join(QStringLiteral(", "))));
    } else if (loaded && m_status->text() != tr("All changes saved.")) {
        m_status->clear();
    }

    // A "not saved" message about the fields goes as soon as every field is valid again.
    if (!m_fieldsMessage.isEmpty() && m_strip->isShowing() && m_strip->text() == m_fieldsMessage
        && !hasFieldErrors()) {
        m_strip->dismiss();
        m_fieldsMessage.clear();
    }

    updateHeader();
    if (!m_restoring)
        stageDraft();
    const QString newTitle = title();
    if (newTitle != m_lastTitle) {
        m_lastTitle = newTitle;
        Q_EMIT titleChanged();
    }
}

void UserDetailTab::updateHeader()
{
    if (!m_editor->isLoaded()) {
        m_name->setText(tr("Loading user…"));
        m_humanId->clear();
        m_dates->clear();
        m_deletedBadge->hide();
        m_blockedBadge->hide();
        return;
    }
    const User &user = m_editor->base();
    m_name->setText(user.displayName());
    m_name->setAccessibleName(tr("Name: %1").arg(user.displayName()));
    m_humanId->setText(user.humanId());
    m_dates->setText(tr("Customer since %1 · Last login %2")
                         .arg(dateText(user.created()), dateText(user.lastLogin())));
    m_deletedBadge->setVisible(user.isDeleted());
    m_blockedBadge->setVisible(user.isBlocked());
    QPalette palette = this->palette();
    if (user.isDeleted())
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_name->setPalette(palette);
}

Draft UserDetailTab::currentDraft() const
{
    Draft draft;
    draft.profileKey = m_services.profileKey();
    draft.userId = m_userId;
    draft.userName = m_editor->base().displayName();
    draft.humanId = m_editor->base().humanId();
    draft.base = m_editor->base().toJson();
    draft.etag = m_editor->etag();
    draft.edits = m_editor->edits();
    draft.savedAt = Clock::currentDateTimeUtc();
    return draft;
}

void UserDetailTab::stageDraft()
{
    if (!m_editor->isLoaded())
        return;
    const QString key = m_services.profileKey();
    if (key.isEmpty())
        return;
    if (m_editor->isDirty())
        m_services.drafts->stage(currentDraft());
    else if (!m_editor->isBusy())
        m_services.drafts->remove(key, m_userId);
}

void UserDetailTab::onSaved(const QList<FieldChange> &changes)
{
    recordChanges(changes);
}

void UserDetailTab::recordChanges(const QList<FieldChange> &changes)
{
    if (changes.isEmpty())
        return;
    const User &user = m_editor->base();
    QList<JournalEntry> entries;
    const QDateTime now = Clock::currentDateTimeUtc();
    for (const FieldChange &change : changes) {
        JournalEntry entry;
        entry.time = now;
        entry.actor = m_services.actor();
        entry.server = m_services.server();
        entry.userId = m_userId;
        entry.humanId = user.humanId();
        entry.userName = user.displayName();
        entry.field = change.key;
        entry.before = change.before;
        entry.after = change.after;
        entries.append(entry);
    }
    QString error;
    if (!m_services.journal->append(entries, &error))
        m_strip->showMessage(ErrorBanner::Level::Warning,
            tr("Saved, but the change journal could not be written: %1").arg(error));
}

void UserDetailTab::onConflicts()
{
    m_afterSave = {};
    showConflictDialog();
}

void UserDetailTab::showConflictDialog()
{
    if (m_editor->state() != ProfileEditor::State::Conflict)
        return;
    if (m_conflictDialog && m_conflictDialog->isVisible()) {
        m_conflictDialog->raise();
        m_conflictDialog->activateWindow();
        return;
    }
    if (m_conflictDialog)
        m_conflictDialog->deleteLater(); // closed, not yet deleted
    auto *dialog = new ConflictDialog(
        m_editor->conflicts(), userLabel(), m_profile->paymentMethodLabels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &ConflictDialog::choicesMade, this,
        [this](const QHash<QString, ConflictChoice> &choices) {
            m_strip->dismiss();
            m_editor->resolveConflicts(choices, true);
        });
    connect(dialog, &ConflictDialog::reloadRequested, this, [this] {
        m_strip->dismiss();
        m_editor->reloadDiscardingEdits();
        m_services.drafts->remove(m_services.profileKey(), m_userId);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_strip->showMessage(ErrorBanner::Level::Warning,
            tr("Someone else changed fields of %1 that you edited too. Nothing is saved until "
               "you choose which values to keep.")
                .arg(userLabel()),
            tr("Choose…"), [this] { showConflictDialog(); });
    });
    dialog->open();
}
