// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/jobs/BulkTagJob.h"
#include "ui/widgets/ListTableView.h"
#include "ui/widgets/Page.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUuid>

#include <functional>

class ApiReply;
class BulkTagDialog;
class ChangeJournal;
class ListExportJob;
class ListPanel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSettings;
class QToolButton;
class UsersModel;

/// Staff: the company's users. A table paged, sorted and filtered by the server
/// (UsersModel), with
/// - a search box ("Name, email, phone or ID"; Ctrl+F): typing searches after a pause, Enter
///   searches at once and opens the user when the answer is one user, when the text is a
///   user's `_id` (24 hex digits; also when pasted) or exactly one user's `human_id`;
/// - a tag filter from the company's tags (GET /tags; the loaded rows' tags where the server
///   has no such route), "Show deleted", Refresh (F5) keeping the query;
/// - the list (ListPanel): "1–300 of 5,000 users", an empty state that repeats the query,
///   columns shown or hidden from the header's menu and remembered in QSettings;
/// - a context menu (also Menu key, Shift+F10) to open and to copy ids and emails;
/// - bulk add/remove of a tag on the selected users (BulkTagDialog) and a CSV export of every
///   page of the current result (ListExportJob), both with progress and Cancel.
///
/// Keyboard: Ctrl+F to the search box, Down into the table, arrows move, Enter opens (Up on
/// the first row goes back to the search box). F5 anywhere in the page is refresh().
///
/// reset() drops the rows but keeps the query (search, tags, deleted filter, sort), so the
/// window's "Reload Page" and a reconnect show the same list again; a different profile (another
/// company) starts from an empty search and no tag filter.
class UsersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    /// QSettings key of the table's columns (order, widths, hidden columns, sort).
    static const QString headerStateKey;

    /// \a settings keeps the table's column layout and must outlive the page; nullptr
    /// remembers nothing.
    UsersPage(Session *session, QSettings *settings, QWidget *parent = nullptr);
    ~UsersPage() override;

    QString title() const override;
    QIcon icon() const override;
    bool isAvailableFor(AccessRole role) const override;
    void activate() override;

    UsersModel *model() const { return m_model; }
    ListTableView *view() const;
    ListPanel *panel() const { return m_panel; }

    /// Loads the current query again (F5): search text, tags, deleted filter and sort stay.
    void refresh();
    /// Opens the user with this `_id` after checking that it exists (GET /users/{id}).
    void openUserById(const QString &id);
    /// Emits openUserRequested() for the user in \a row.
    void openRow(int row);

    /// Tags offered by the tag filter: the company's, or those of the loaded rows when the
    /// server has no GET /tags.
    QStringList knownTags() const;
    /// Shows only users with all of \a tags (as choosing them in the tag menu does).
    void setTagFilter(const QStringList &tags);
    /// "Show deleted" (include_deleted).
    void setShowDeleted(bool show);

    /// The selected rows as the bulk tag job takes them, in row order.
    QList<BulkTagTarget> selectedTargets() const;
    /// Opens the bulk tag dialog for the selected users; nullptr when none is selected.
    BulkTagDialog *openBulkTagDialog(BulkTagJob::Mode mode);
    BulkTagDialog *bulkTagDialog() const;
    /// Where bulk tag changes are recorded, one entry per user changed, with \a actor naming
    /// who made them (the profile and token subject). \a journal must outlive the page.
    void setJournal(ChangeJournal *journal, const std::function<QString()> &actor);

    /// Columns shown, in the header's order (UsersModel::Column values).
    QList<int> visibleColumns() const;
    /// Exports every page of the current result to \a filePath as CSV (the visible columns,
    /// `_id` first); progress and Cancel show on the page. False when an export is running or
    /// the file cannot be written (the page says why).
    bool startExport(const QString &filePath);
    ListExportJob *exportJob() const { return m_exportJob; }

    /// Whether \a text is a user `_id` (24 hex digits, either case).
    static bool looksLikeObjectId(const QString &text);
    /// Whether \a text could be a `human_id`: 6 letters or digits.
    static bool looksLikeHumanId(const QString &text);

Q_SIGNALS:
    /// Open the detail of the user with this `_id` (24 lowercase hex digits).
    void openUserRequested(const QString &id);

protected:
    void resetContents() override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void createActions();

    void onSearchEdited(const QString &text);
    void onSearchEntered();
    void resolvePendingOpen();
    void focusTable();

    void loadTags();
    void populateTagMenu();
    void onTagToggled(const QString &tag, bool checked);
    void updateTagButton();

    void updateState();
    QString emptyText() const;
    void showNotice(const QString &text);

    void showContextMenu(const QPoint &viewportPos);
    void copyColumn(int column, int role);
    void updateSelectionActions();

    void chooseExportFile();
    void onExportProgress(qint64 rows, qint64 total);
    void onExportEnded(const QString &message);

    QSettings *m_settings;
    UsersModel *m_model;

    QLabel *m_heading = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_tagButton = nullptr;
    QMenu *m_tagMenu = nullptr;
    QCheckBox *m_showDeleted = nullptr;
    QPushButton *m_refresh = nullptr;
    QToolButton *m_actionsButton = nullptr;
    QLabel *m_notice = nullptr;
    ListPanel *m_panel = nullptr;
    ListTableView *m_view = nullptr;
    QMenu *m_contextMenu = nullptr;

    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_copyHumanIdAction = nullptr;
    QAction *m_copyEmailAction = nullptr;
    QAction *m_addTagAction = nullptr;
    QAction *m_removeTagAction = nullptr;
    QAction *m_exportAction = nullptr;

    ListExportJob *m_exportJob = nullptr;
    QPointer<BulkTagDialog> m_bulkDialog;
    QPointer<ApiReply> m_lookup;
    QPointer<ApiReply> m_tagsReply;

    enum class TagSource { NotLoaded, Loading, Company, LoadedRows };
    TagSource m_tagSource = TagSource::NotLoaded;
    QList<QPair<QString, qint64>> m_companyTags;

    QUuid m_profileId;
    QString m_previousText;
    /// Enter (or a paste) asked to open the user the search finds; resolved once it answers.
    bool m_openPending = false;
    QString m_openText;
    QPointer<ChangeJournal> m_journal;
    std::function<QString()> m_actor;
};
