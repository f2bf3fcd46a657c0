// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/users/UsersPage.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/Clock.h"
#include "models/codec/ObjectId.h"
#include "models/editing/ChangeJournal.h"
#include "models/items/UserRows.h"
#include "models/items/UsersModel.h"
#include "models/jobs/ListExportJob.h"
#include "models/jobs/MatchingUsersLoader.h"
#include "models/jobs/UsersExportSource.h"
#include "session/Session.h"
#include "ui/users/BulkTagDialog.h"
#include "ui/users/UsersLogging.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/ListPanel.h"
#include "ui/widgets/MenuButton.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

const QString UsersPage::headerStateKey = QStringLiteral("usersPage/columns");

namespace {

const QString lookupKey = QStringLiteral("usersPage/lookup");
const QString tagsKey = QStringLiteral("usersPage/tags");

bool isRefreshKey(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Refresh) || event->key() == Qt::Key_F5;
}

/// Characters inserted by the edit that turned \a before into \a after (a paste inserts many
/// at once, typing one).
int insertedLength(const QString &before, const QString &after)
{
    const qsizetype limit = qMin(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < limit && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < limit - prefix
        && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return int(after.size() - prefix - suffix);
}

} // namespace

UsersPage::UsersPage(Session *session, QSettings *settings, QWidget *parent)
    : Page(session, parent), m_settings(settings), m_model(new UsersModel(nullptr, this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_exportJob = new ListExportJob(this);
    m_exportJob->setObjectName(QStringLiteral("usersExportJob"));

    createWidgets();
    createActions();

    connect(m_model, &UsersModel::loadedCountChanged, this, &UsersPage::updateState);
    connect(m_model, &UsersModel::totalCountChanged, this, [this](qint64 total) {
        if (total >= 0 && m_model->apiClient())
            markDataLoaded();
        updateState();
    });
    connect(m_model, &UsersModel::loadingChanged, this, [this](bool loading) {
        setBusy(loading);
        updateState();
        if (!loading)
            resolvePendingOpen();
    });
    connect(m_model, &UsersModel::queryReset, this, &UsersPage::updateState);
    connect(m_model, &UsersModel::queryApplied, this, &UsersPage::updateTagButton);
    connect(m_model, &UsersModel::loadFailed, this, [this](const ApiError &error) {
        m_openPending = false;
        updateState();
        Q_EMIT errorOccurred(error, [this] { m_model->retry(); });
    });
    connect(m_exportJob, &ListExportJob::progress, this, &UsersPage::onExportProgress);
    connect(m_exportJob, &ListExportJob::finished, this, [this](qint64 rows) {
        onExportEnded(tr("Exported %Ln user(s) to %1.", nullptr, int(rows))
                          .arg(QDir::toNativeSeparators(m_exportJob->filePath())));
    });
    connect(m_exportJob, &ListExportJob::failed, this, [this](const QString &message) {
        onExportEnded(tr("The export failed: %1").arg(message));
    });
    connect(m_exportJob, &ListExportJob::canceled, this,
        [this] { onExportEnded(tr("Export canceled; no file was written.")); });

    updateTagButton();
    updateSelectionActions();
    updateState();
}

UsersPage::~UsersPage()
{
    if (m_bulkDialog) {
        // Its run ends with it (a write in flight is left to the server); nothing of this
        // page is called back while the page is half destroyed.
        m_bulkDialog->disconnect(this);
        delete m_bulkDialog.data();
    }
    for (ApiReply *reply : {m_lookup.data(), m_tagsReply.data()}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QString UsersPage::title() const
{
    return tr("Users");
}

QIcon UsersPage::icon() const
{
    return Icons::icon(Icons::Name::Users);
}

bool UsersPage::isAvailableFor(AccessRole role) const
{
    return role == AccessRole::Staff;
}

void UsersPage::createWidgets()
{
    m_heading = createHeading(title(), QStringLiteral("usersHeading"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("usersSearch"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setPlaceholderText(tr("Name, email, phone or ID"));
    m_search->setToolTip(tr("Search by name, email, phone or ID (Ctrl+F). Enter opens the user "
                            "when one matches; pasting a user's ID opens it."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, this, &UsersPage::onSearchEdited);
    // Clearing with the clear button is not an edit; it still searches everything again.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_previousText.isEmpty())
            onSearchEdited(text);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::onSearchEntered);

    m_tagMenu = new QMenu(this);
    m_tagMenu->setObjectName(QStringLiteral("usersTagMenu"));
    m_tagMenu->setAccessibleName(tr("Tags"));
    connect(m_tagMenu, &QMenu::aboutToShow, this, &UsersPage::populateTagMenu);
    m_tagButton = new MenuButton(this);
    m_tagButton->setObjectName(QStringLiteral("usersTagFilter"));
    m_tagButton->setAccessibleName(tr("Filter by tags"));
    m_tagButton->setToolTip(tr("Show only users with all of the chosen tags"));
    m_tagButton->setMenu(m_tagMenu);

    m_showDeleted = new QCheckBox(tr("Show &deleted"), this);
    m_showDeleted->setObjectName(QStringLiteral("usersShowDeleted"));
    m_showDeleted->setAccessibleName(tr("Show deleted users"));
    m_showDeleted->setToolTip(tr("Also list deleted users (greyed)"));
    connect(m_showDeleted, &QCheckBox::toggled, this, &UsersPage::setShowDeleted);

    m_refresh = new QPushButton(Icons::icon(Icons::Name::Retry), tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("usersRefresh"));
    m_refresh->setAccessibleName(tr("Refresh users"));
    m_refresh->setToolTip(tr("Load the users again, keeping search, filters and sort (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &UsersPage::refresh);

    m_actionsButton = new MenuButton(this);
    m_actionsButton->setObjectName(QStringLiteral("usersActions"));
    m_actionsButton->setText(tr("Actions"));
    m_actionsButton->setAccessibleName(tr("User actions"));
    m_actionsButton->setToolTip(tr("Tag the selected users, export the list"));

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("usersNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_panel = new ListPanel(QStringLiteral("users"), this);
    m_view = m_panel->table();
    m_view->setAccessibleName(tr("Users"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    ListPanel::Texts texts;
    texts.all = [](int total) {
        return tr("%Ln user(s)", nullptr, total);
    };
    // "1–300 of 5,000 users": the rows loaded so far, of all that match.
    texts.partial = [](int loaded, int total) {
        const QLocale locale;
        return tr("%1–%2 of %Ln user(s)", nullptr, total)
            .arg(locale.toString(1), locale.toString(loaded));
    };
    texts.empty = [this] {
        return emptyText();
    };
    texts.failed = tr("Could not load");
    ListTableView::Columns columns;
    columns.flexible = UsersModel::Email;
    columns.givingWay
        = {UsersModel::Phone, UsersModel::Tags, UsersModel::State, UsersModel::Created};
    columns.hiddenByDefault = {UsersModel::LastLogin};
    m_panel->setModel(m_model, columns, texts, m_settings, headerStateKey);
    m_panel->cancelButton()->setAccessibleName(tr("Cancel export"));
    connect(m_panel, &ListPanel::cancelRequested, m_exportJob, &ListExportJob::cancel);
    connect(m_panel, &ListPanel::emptyAboutToShow, this, [this] {
        if (m_view->hasFocus())
            m_search->setFocus();
    });
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view, &QTableView::customContextMenuRequested, this, &UsersPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UsersPage::updateSelectionActions);
    connect(m_model, &UsersModel::modelReset, this, &UsersPage::updateSelectionActions);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_heading, 1, Qt::AlignBaseline);
    top->addWidget(m_refresh);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_tagButton);
    filters->addWidget(m_showDeleted);
    filters->addWidget(m_actionsButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_notice);
    layout->addWidget(m_panel, 1);

    setTabOrder(m_search, m_tagButton);
    setTabOrder(m_tagButton, m_showDeleted);
    setTabOrder(m_showDeleted, m_actionsButton);
    setTabOrder(m_actionsButton, m_view);
    setTabOrder(m_view, m_refresh);
}

void UsersPage::createActions()
{
    m_findAction = new QAction(tr("Find Users"), this);
    m_findAction->setObjectName(QStringLiteral("usersFindAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    // The page is hidden when another section is shown, and hidden widgets' shortcuts are off.
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    // F5 itself is handled in event()/keyPressEvent(): the main window's "Reload Page" owns
    // the shortcut, and a second one would make both ambiguous.
    m_refreshAction = new QAction(Icons::icon(Icons::Name::Retry), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("usersRefreshAction"));
    connect(m_refreshAction, &QAction::triggered, this, &UsersPage::refresh);

    m_openAction = new QAction(tr("&Open"), this);
    m_openAction->setObjectName(QStringLiteral("usersOpenAction"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openRow(current.row());
    });
    m_copyIdAction = new QAction(tr("Copy User &ID"), this);
    m_copyIdAction->setObjectName(QStringLiteral("usersCopyIdAction"));
    m_copyIdAction->setToolTip(tr("Copy the internal ID (24 characters)"));
    connect(
        m_copyIdAction, &QAction::triggered, this, [this] { copyColumn(0, UsersModel::IdRole); });
    m_copyHumanIdAction = new QAction(tr("Copy &Short ID"), this);
    m_copyHumanIdAction->setObjectName(QStringLiteral("usersCopyHumanIdAction"));
    m_copyHumanIdAction->setToolTip(tr("Copy the short ID staff read out (human_id)"));
    connect(m_copyHumanIdAction, &QAction::triggered, this,
        [this] { copyColumn(UsersModel::HumanId, UsersModel::RawValueRole); });
    m_copyEmailAction = new QAction(tr("Copy &Email"), this);
    m_copyEmailAction->setObjectName(QStringLiteral("usersCopyEmailAction"));
    connect(m_copyEmailAction, &QAction::triggered, this,
        [this] { copyColumn(UsersModel::Email, UsersModel::RawValueRole); });

    m_addTagAction = new QAction(tr("&Add Tag…"), this);
    m_addTagAction->setObjectName(QStringLiteral("usersAddTagAction"));
    connect(m_addTagAction, &QAction::triggered, this,
        [this] { openBulkTagDialog(BulkTagJob::Mode::Add); });
    m_removeTagAction = new QAction(tr("&Remove Tag…"), this);
    m_removeTagAction->setObjectName(QStringLiteral("usersRemoveTagAction"));
    connect(m_removeTagAction, &QAction::triggered, this,
        [this] { openBulkTagDialog(BulkTagJob::Mode::Remove); });
    m_exportAction = new QAction(tr("E&xport to CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("usersExportAction"));
    m_exportAction->setToolTip(tr("Save every user of the current result (all pages) as CSV"));
    connect(m_exportAction, &QAction::triggered, this, &UsersPage::chooseExportFile);

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("usersContextMenu"));
    m_contextMenu->setAccessibleName(tr("User"));
    m_contextMenu->addAction(m_openAction);
    m_contextMenu->setDefaultAction(m_openAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_copyIdAction);
    m_contextMenu->addAction(m_copyHumanIdAction);
    m_contextMenu->addAction(m_copyEmailAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_addTagAction);
    m_contextMenu->addAction(m_removeTagAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_exportAction);

    auto *actionsMenu = new QMenu(this);
    actionsMenu->setObjectName(QStringLiteral("usersActionsMenu"));
    actionsMenu->setAccessibleName(tr("User actions"));
    actionsMenu->addAction(m_addTagAction);
    actionsMenu->addAction(m_removeTagAction);
    actionsMenu->addSeparator();
    actionsMenu->addAction(m_exportAction);
    actionsMenu->addSeparator();
    actionsMenu->addAction(m_refreshAction);
    m_actionsButton->setMenu(actionsMenu);
}

QList<int> UsersPage::visibleColumns() const
{
    return m_view->visibleColumns();
}

ListTableView *UsersPage::view() const
{
    return m_view;
}

// --- Loading -------------------------------------------------------------------------------

void UsersPage::activate()
{
    const QUuid profile = session()->profile().id();
    if (profile != m_profileId) {
        // Another company: its search and tags mean nothing here.
        const bool first = m_profileId.isNull();
        m_profileId = profile;
        if (!first) {
            m_search->clear();
            m_previousText.clear();
            m_model->setSearchText(QString());
            m_model->setTags({});
            m_companyTags.clear();
            m_tagSource = TagSource::NotLoaded;
        }
    }
    ApiClient *client = session()->client();
    if (m_model->apiClient() != client)
        m_model->setApiClient(client);
    if (!hasLoadedData() && !m_model->isLoading())
        m_model->reload();
    if (m_tagSource == TagSource::NotLoaded)
        loadTags();
    updateTagButton();
    updateState();
}

void UsersPage::resetContents()
{
    m_openPending = false;
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
    }
    if (m_tagsReply) {
        m_tagsReply->disconnect(this);
        m_tagsReply->abort();
    }
    if (m_tagSource == TagSource::Loading)
        m_tagSource = TagSource::NotLoaded;
    if (m_exportJob->isRunning())
        m_exportJob->cancel();
    if (m_bulkDialog)
        m_bulkDialog->reject();
    m_notice->hide();
    // Without a client the model drops its rows and sends nothing until activate().
    m_model->setApiClient(nullptr);
    updateState();
}

void UsersPage::refresh()
{
    m_notice->hide();
    if (!m_model->apiClient())
        return;
    m_model->reload();
    if (m_tagSource != TagSource::Loading)
        loadTags();
}

void UsersPage::updateState()
{
    m_exportAction->setEnabled(
        !m_exportJob->isRunning() && m_model->apiClient() && m_model->totalCount() != 0);
}

QString UsersPage::emptyText() const
{
    const QString search = m_model->appliedSearchText();
    const QString tags = m_model->tags().join(QLatin1String(", "));
    QString text;
    if (!search.isEmpty() && !tags.isEmpty())
        text = tr("No users match “%1” with all of the tags %2.").arg(search, tags);
    else if (!search.isEmpty())
        text = tr("No users match “%1”.").arg(search);
    else if (!tags.isEmpty())
        text = tr("No users have all of the tags %1.").arg(tags);
    else
        text = tr("No users yet.");
    if (!m_model->includeDeleted())
        text += QLatin1Char('\n') + tr("Deleted users are not shown.");
    return text;
}

void UsersPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

// --- Search and opening --------------------------------------------------------------------

bool UsersPage::looksLikeObjectId(const QString &text)
{
    return text.size() == 24 && ObjectId::fromString(text).isValid();
}

bool UsersPage::looksLikeHumanId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{6}$"));
    return pattern.match(text).hasMatch();
}

void UsersPage::onSearchEdited(const QString &text)
{
    const int inserted = insertedLength(m_previousText, text);
    m_previousText = text;
    m_openPending = false;
    m_notice->hide();
    m_model->setSearchText(text);
    // A pasted id opens its user at once; typed text only searches.
    const QString trimmed = text.trimmed();
    if (inserted > 1 && (looksLikeObjectId(trimmed) || looksLikeHumanId(trimmed)))
        onSearchEntered();
}

void UsersPage::onSearchEntered()
{
    const QString text = m_search->text().trimmed();
    m_notice->hide();
    if (m_model->searchText() != m_search->text())
        m_model->setSearchText(m_search->text());
    if (looksLikeObjectId(text)) {
        m_model->applyNow();
        openUserById(text);
        return;
    }
    m_model->applyNow();
    m_openPending = true;
    m_openText = text;
    resolvePendingOpen();
}

void UsersPage::resolvePendingOpen()
{
    if (!m_openPending || m_model->isLoading())
        return;
    if (m_model->appliedSearchText() != m_openText || m_model->hasFailed()
        || !m_model->apiClient()) {
        m_openPending = false;
        return;
    }
    if (m_model->totalCount() < 0)
        return; // the answer has not arrived yet
    m_openPending = false;
    if (m_model->totalCount() == 1 && m_model->rowCount() == 1) {
        openRow(0);
        return;
    }
    if (looksLikeHumanId(m_openText)) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString humanId = m_model->index(row, UsersModel::HumanId)
                                        .data(UsersModel::RawValueRole)
                                        .toString();
            if (humanId.compare(m_openText, Qt::CaseInsensitive) == 0) {
                m_view->setCurrentIndex(m_model->index(row, UsersModel::HumanId));
                openRow(row);
                return;
            }
        }
    }
}

void UsersPage::openUserById(const QString &id)
{
    ApiClient *client = session()->client();
    const ObjectId objectId = ObjectId::fromString(id.trimmed());
    if (!client || !objectId.isValid())
        return;
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
    }
    const QString canonical = objectId.toString();
    showNotice(tr("Opening the user with ID %1…").arg(canonical));
    m_lookup = client->getUser(canonical, lookupKey);
    m_lookup->onFinished(this, [this, canonical](const ApiReply &reply) {
        m_lookup = nullptr;
        const ApiError &error = reply.error();
        if (error.isCancellation())
            return;
        if (error.kind() == ApiError::Kind::NotFound) {
            showNotice(tr("No user has the ID %1.").arg(canonical));
            return;
        }
        if (error.isError()) {
            showNotice(error.message());
            return;
        }
        m_notice->hide();
        qCDebug(lcUiUsers) << "open user by id";
        Q_EMIT openUserRequested(canonical);
    });
}

void UsersPage::openRow(int row)
{
    const QString id = m_model->userId(row);
    if (id.isEmpty())
        return;
    Q_EMIT openUserRequested(id);
}

void UsersPage::focusTable()
{
    if (m_model->rowCount() == 0 || m_panel->isEmptyShown())
        return;
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid()) {
        const QList<int> columns = visibleColumns();
        const QModelIndex first = m_model->index(0, columns.isEmpty() ? 0 : columns.constFirst());
        m_view->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

// --- Tags ----------------------------------------------------------------------------------

void UsersPage::loadTags()
{
    ApiClient *client = session()->client();
    if (!client)
        return;
    if (m_tagsReply) {
        m_tagsReply->disconnect(this);
        m_tagsReply->abort();
    }
    m_tagSource = TagSource::Loading;
    m_tagsReply = client->listTags(tagsKey);
    m_tagsReply->onFinished(this, [this](const ApiReply &reply) {
        m_tagsReply = nullptr;
        const ApiError &error = reply.error();
        if (error.isCancellation()) {
            m_tagSource = TagSource::NotLoaded;
            return;
        }
        if (error.isError()) {
            // GET /tags is the local server's extension: a real BuiltOn server answers 404.
            // The menu then offers the tags of the users loaded so far.
            qCInfo(lcUiUsers).noquote() << "no company tags:" << ApiError::kindName(error.kind());
            m_companyTags.clear();
            m_tagSource = TagSource::LoadedRows;
            return;
        }
        QList<QPair<QString, qint64>> tags;
        const QJsonArray array = QJsonDocument::fromJson(reply.response().body).array();
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            const QString name = object.value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                tags.append({name, qint64(object.value(QLatin1String("count")).toDouble(-1))});
        }
        m_companyTags = tags;
        m_tagSource = TagSource::Company;
    });
}

QStringList UsersPage::knownTags() const
{
    QStringList tags;
    if (m_tagSource == TagSource::Company) {
        for (const auto &tag : m_companyTags)
            tags.append(tag.first);
        return tags;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStringList rowTags
            = m_model->index(row, UsersModel::Tags).data(UsersModel::RawValueRole).toStringList();
        for (const QString &tag : rowTags) {
            if (!tag.isEmpty() && !tags.contains(tag))
                tags.append(tag);
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

void UsersPage::populateTagMenu()
{
    m_tagMenu->clear();
    const QStringList chosen = m_model->tags();
    QStringList offered = knownTags();
    // Chosen tags stay in the menu even when the source does not list them (any more).
    for (const QString &tag : chosen) {
        if (!offered.contains(tag))
            offered.prepend(tag);
    }
    const QLocale locale;
    if (m_tagSource == TagSource::LoadedRows) {
        QAction *note = m_tagMenu->addAction(tr("Tags of the users loaded so far"));
        note->setEnabled(false);
    } else if (m_tagSource == TagSource::Loading && offered.isEmpty()) {
        QAction *note = m_tagMenu->addAction(tr("Loading tags…"));
        note->setEnabled(false);
    }
    int index = 0;
    for (const QString &tag : std::as_const(offered)) {
        QString text = tag;
        for (const auto &known : std::as_const(m_companyTags)) {
            if (known.first == tag && known.second >= 0) {
                text = tr("%1 (%2)").arg(tag, locale.toString(known.second));
                break;
            }
        }
        // Tags are data, not mnemonics.
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = m_tagMenu->addAction(text);
        action->setObjectName(QStringLiteral("usersTagAction%1").arg(index++));
        action->setData(tag);
        action->setCheckable(true);
        action->setChecked(chosen.contains(tag));
        connect(action, &QAction::toggled, this,
            [this, tag](bool checked) { onTagToggled(tag, checked); });
    }
    if (offered.isEmpty() && m_tagSource != TagSource::Loading) {
        QAction *none = m_tagMenu->addAction(tr("No tags"));
        none->setEnabled(false);
    }
    m_tagMenu->addSeparator();
    QAction *clear = m_tagMenu->addAction(tr("&Any Tags"));
    clear->setObjectName(QStringLiteral("usersTagClearAction"));
    clear->setEnabled(!chosen.isEmpty());
    connect(clear, &QAction::triggered, this, [this] { setTagFilter({}); });
}

void UsersPage::onTagToggled(const QString &tag, bool checked)
{
    QStringList tags = m_model->tags();
    if (checked && !tags.contains(tag))
        tags.append(tag);
    else if (!checked)
        tags.removeAll(tag);
    setTagFilter(tags);
}

void UsersPage::setTagFilter(const QStringList &tags)
{
    m_notice->hide();
    m_model->setTags(tags);
    updateTagButton();
}

void UsersPage::setShowDeleted(bool show)
{
    if (m_showDeleted->isChecked() != show)
        m_showDeleted->setChecked(show); // comes back here through toggled()
    m_model->setIncludeDeleted(show);
}

void UsersPage::updateTagButton()
{
    const QStringList tags = m_model->tags();
    if (tags.isEmpty()) {
        m_tagButton->setText(tr("Tags: any"));
        m_tagButton->setAccessibleDescription(tr("No tag filter"));
        return;
    }
    QString text = tr("Tags: %1").arg(tags.join(QLatin1String(", ")));
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    m_tagButton->setText(text);
    m_tagButton->setAccessibleDescription(
        tr("Only users with all of these tags: %1").arg(tags.join(QLatin1String(", "))));
}

// --- Context menu and clipboard ------------------------------------------------------------

void UsersPage::showContextMenu(const QPoint &viewportPos)
{
    if (m_contextMenu->isVisible())
        return;
    const QModelIndex index = m_view->indexAt(viewportPos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateSelectionActions();
    m_contextMenu->popup(m_view->viewport()->mapToGlobal(viewportPos));
}

void UsersPage::updateSelectionActions()
{
    const bool selected = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    const bool current = m_view->currentIndex().isValid();
    m_openAction->setEnabled(current);
    m_copyIdAction->setEnabled(selected);
    m_copyHumanIdAction->setEnabled(selected);
    m_copyEmailAction->setEnabled(selected);
    const bool bulk = selected && m_model->apiClient() && !m_bulkDialog;
    m_addTagAction->setEnabled(bulk);
    m_removeTagAction->setEnabled(bulk);
}

void UsersPage::copyColumn(int column, int role)
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(column);
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_model->index(m_view->currentIndex().row(), column));
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList values;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString value = m_model->index(index.row(), column).data(role).toString();
        if (!value.isEmpty())
            values.append(value);
    }
    if (values.isEmpty())
        return;
    // One per line, so that several selected users paste as a column.
    QApplication::clipboard()->setText(values.join(QLatin1Char('\n')));
}

// --- Bulk tags -----------------------------------------------------------------------------

QList<BulkTagTarget> UsersPage::selectedTargets() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<BulkTagTarget> targets;
    targets.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows)) {
        const int row = index.row();
        BulkTagTarget target;
        target.id = m_model->userId(row);
        target.humanId
            = m_model->index(row, UsersModel::HumanId).data(UsersModel::RawValueRole).toString();
        target.name
            = m_model->index(row, UsersModel::Name).data(UsersModel::RawValueRole).toString();
        target.tags
            = m_model->index(row, UsersModel::Tags).data(UsersModel::RawValueRole).toStringList();
        target.deleted = m_model->userFlags(row) & UserRows::Deleted;
        if (!target.id.isEmpty())
            targets.append(target);
    }
    return targets;
}

void UsersPage::setJournal(ChangeJournal *journal, const std::function<QString()> &actor)
{
    m_journal = journal;
    m_actor = actor;
}

BulkTagDialog *UsersPage::bulkTagDialog() const
{
    return m_bulkDialog;
}

BulkTagDialog *UsersPage::openBulkTagDialog(BulkTagJob::Mode mode)
{
    if (m_bulkDialog) {
        m_bulkDialog->raise();
        m_bulkDialog->activateWindow();
        return nullptr;
    }
    const QList<BulkTagTarget> targets = selectedTargets();
    if (targets.isEmpty() || !m_model->apiClient())
        return nullptr;
    auto *dialog = new BulkTagDialog(session()->client(), mode, targets, knownTags(), this);
    dialog->setConfirmation(session()->profile(), m_settings); // asks on production
    // Ctrl+A selects the loaded page only: every user the query matches is offered too.
    dialog->setAllMatching(MatchingUsersLoader::queryOf(*m_model), m_model->totalCount());
    dialog->setJournal(m_journal, m_actor ? m_actor() : session()->profile().name(),
        ConnectionProfile::canonicalUrl(session()->profile().baseUrl()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &BulkTagDialog::userUpdated, this,
        [this](const User &user) { m_model->updateUser(user); });
    connect(dialog, &BulkTagDialog::runFinished, this, [this] {
        // New tags may have come into use.
        if (m_tagSource == TagSource::Company)
            loadTags();
    });
    connect(dialog, &QObject::destroyed, this, [this] {
        // Cleared by hand: the QPointer would otherwise look at a half-destroyed dialog.
        m_bulkDialog = nullptr;
        updateSelectionActions();
        m_view->setFocus();
    });
    m_bulkDialog = dialog;
    updateSelectionActions();
    dialog->show();
    return dialog;
}

// --- Export --------------------------------------------------------------------------------

void UsersPage::chooseExportFile()
{
    if (m_exportJob->isRunning())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name
        = tr("users-%1.csv").arg(Clock::today().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Users"),
        QDir(folder).filePath(name), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        startExport(path);
}

bool UsersPage::startExport(const QString &filePath)
{
    if (m_exportJob->isRunning() || !m_model->apiClient())
        return false;
    m_panel->showWork(tr("Exporting users…"));
    if (!m_exportJob->start(session()->client(),
            UsersExportSource::fromModel(*m_model, visibleColumns()), filePath)) {
        onExportEnded(tr("The export failed: %1").arg(m_exportJob->errorString()));
        return false;
    }
    m_exportAction->setEnabled(false);
    return true;
}

void UsersPage::onExportProgress(qint64 rows, qint64 total)
{
    const QLocale locale;
    m_panel->showWork(total > 0
            ? tr("Exporting users: %1 of %2…").arg(locale.toString(rows), locale.toString(total))
            : tr("Exporting users: %1…").arg(locale.toString(rows)),
        rows, total);
}

void UsersPage::onExportEnded(const QString &message)
{
    m_panel->endWork(message);
    updateState();
}

// --- Keyboard ------------------------------------------------------------------------------

bool UsersPage::event(QEvent *event)
{
    // F5 pressed anywhere in the page refreshes the page (keeping its query) instead of the
    // window's "Reload Page", which would forget more than needed.
    if (event->type() == QEvent::ShortcutOverride) {
        if (isRefreshKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
    }
    return Page::event(event);
}

void UsersPage::keyPressEvent(QKeyEvent *event)
{
    if (isRefreshKey(event)) {
        refresh();
        event->accept();
        return;
    }
    Page::keyPressEvent(event);
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search) {
            if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
                && key->modifiers() == Qt::NoModifier && m_model->rowCount() > 0) {
                focusTable();
                return true;
            }
        } else if (watched == m_view) {
            if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier
                && m_view->currentIndex().row() <= 0) {
                m_search->setFocus(Qt::OtherFocusReason);
                m_search->selectAll();
                return true;
            }
        }
    }
    return Page::eventFilter(watched, event);
}
