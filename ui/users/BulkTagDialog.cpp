// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/users/BulkTagDialog.h"

#include "models/jobs/MatchingUsersLoader.h"
#include "ui/widgets/WriteConfirmation.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace {

enum ResultColumn { HumanIdColumn, NameColumn, OutcomeColumn, MessageColumn, ResultColumnCount };

} // namespace

BulkTagDialog::BulkTagDialog(ApiClient *client, BulkTagJob::Mode mode,
    const QList<BulkTagTarget> &targets, const QStringList &knownTags, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_mode(mode)
    , m_targets(targets)
    , m_job(new BulkTagJob(this))
    , m_loader(new MatchingUsersLoader(this))
    , m_intro(new QLabel(this))
    , m_scopeSelected(new QRadioButton(this))
    , m_scopeAll(new QRadioButton(this))
    , m_tagEdit(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_resultSummary(new QLabel(this))
    , m_results(new QTableWidget(0, ResultColumnCount, this))
    , m_buttons(new QDialogButtonBox(this))
{
    const bool adding = mode == BulkTagJob::Mode::Add;
    setObjectName(QStringLiteral("bulkTagDialog"));
    setWindowTitle(adding ? tr("Add Tag") : tr("Remove Tag"));
    setAccessibleName(windowTitle());

    const int selected = int(targets.size());
    m_intro->setObjectName(QStringLiteral("bulkTagIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);

    // Which users: the selected rows, or (offered by setAllMatching()) every matching user.
    m_scopeSelected->setObjectName(QStringLiteral("bulkTagScopeSelected"));
    m_scopeSelected->setText(tr("The &selected user(s) (%Ln)", nullptr, selected));
    m_scopeSelected->setAccessibleName(tr("The selected users"));
    m_scopeSelected->setChecked(true);
    m_scopeAll->setObjectName(QStringLiteral("bulkTagScopeAll"));
    m_scopeAll->setAccessibleName(tr("All matching users"));
    m_scopeSelected->hide();
    m_scopeAll->hide();
    connect(m_scopeAll, &QRadioButton::toggled, this, &BulkTagDialog::onScopeChanged);
    connect(m_loader, &MatchingUsersLoader::progress, this, [this](qint64 loaded, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, loaded)));
        m_progress->setValue(int(loaded));
    });
    connect(m_loader, &MatchingUsersLoader::finished, this, [this] {
        m_matching = m_loader->targets();
        m_matchingRead = true;
        m_progress->hide();
        updateIntro();
        updatePreview();
    });
    connect(m_loader, &MatchingUsersLoader::failed, this, [this](const ApiError &error) {
        m_progress->hide();
        m_scopeSelected->setChecked(true);
        m_preview->setText(tr("The matching users could not be read: %1").arg(error.message()));
        m_apply->setEnabled(false);
    });
    updateIntro();

    m_tagEdit->setObjectName(QStringLiteral("bulkTagName"));
    m_tagEdit->setAccessibleName(tr("Tag"));
    m_tagEdit->setClearButtonEnabled(true);
    m_tagEdit->setPlaceholderText(tr("For example vip"));
    // Removing: the tags the selected users carry come first, then the company's.
    QStringList offered;
    if (!adding) {
        for (const BulkTagTarget &target : targets) {
            for (const QString &tag : target.tags) {
                if (!offered.contains(tag))
                    offered.append(tag);
            }
        }
    }
    for (const QString &tag : knownTags) {
        if (!offered.contains(tag))
            offered.append(tag);
    }
    auto *completer = new QCompleter(offered, m_tagEdit);
    completer->setObjectName(QStringLiteral("bulkTagCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_tagEdit->setCompleter(completer);
    connect(m_tagEdit, &QLineEdit::textChanged, this, &BulkTagDialog::updatePreview);

    m_preview->setObjectName(QStringLiteral("bulkTagPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 2);

    m_progress->setObjectName(QStringLiteral("bulkTagProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();

    m_resultSummary->setObjectName(QStringLiteral("bulkTagResultSummary"));
    m_resultSummary->setTextFormat(Qt::PlainText);
    m_resultSummary->setWordWrap(true);
    m_resultSummary->hide();

    m_results->setObjectName(QStringLiteral("bulkTagResults"));
    m_results->setAccessibleName(tr("Results per user"));
    m_results->setHorizontalHeaderLabels({tr("ID"), tr("Name"), tr("Result"), tr("Message")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setWordWrap(false);
    m_results->setShowGrid(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setHighlightSections(false);
    m_results->setColumnWidth(HumanIdColumn, 80);
    m_results->setColumnWidth(NameColumn, 170);
    m_results->setColumnWidth(OutcomeColumn, 80);
    m_results->hide();

    m_apply = m_buttons->addButton(
        adding ? tr("&Add Tag") : tr("&Remove Tag"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("bulkTagApply"));
    m_apply->setAccessibleName(
        adding ? tr("Add tag to the selected users") : tr("Remove tag from the selected users"));
    m_apply->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("bulkTagCancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_copy = m_buttons->addButton(tr("&Copy Results"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("bulkTagCopy"));
    m_copy->setAccessibleName(tr("Copy results"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("bulkTagClose"));
    m_close->setAccessibleName(tr("Close"));
    m_buttons->setObjectName(QStringLiteral("bulkTagButtons"));
    // After the last addButton(): the box shows every button each time it lays them out.
    m_copy->hide();
    m_close->hide();
    // Buttons are wired one by one: the box's accepted()/rejected() would close the dialog.
    connect(m_apply, &QPushButton::clicked, this, &BulkTagDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &BulkTagDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &BulkTagDialog::copyResults);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *form = new QFormLayout;
    auto *tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tagEdit);
    form->addRow(tagLabel, m_tagEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_scopeSelected);
    layout->addWidget(m_scopeAll);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_progress);
    layout->addWidget(m_resultSummary);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);

    connect(m_job, &BulkTagJob::progress, this, &BulkTagDialog::onProgress);
    connect(m_job, &BulkTagJob::finished, this, &BulkTagDialog::onFinished);
    connect(m_job, &BulkTagJob::userUpdated, this, &BulkTagDialog::userUpdated);

    updatePreview();
    resize(560, sizeHint().height());
}

BulkTagDialog::~BulkTagDialog() = default;

QString BulkTagDialog::tag() const
{
    return m_tagEdit->text().trimmed();
}

void BulkTagDialog::setTag(const QString &tag)
{
    m_tagEdit->setText(tag);
}

QString BulkTagDialog::previewText() const
{
    return m_preview->text();
}

QString BulkTagDialog::reportText() const
{
    return m_job->reportText();
}

void BulkTagDialog::updatePreview()
{
    const QString tag = this->tag();
    const QString problem = tag.isEmpty() ? QString() : BulkTagJob::validateTag(tag);
    if (tag.isEmpty() || !problem.isEmpty()) {
        m_preview->setText(problem);
        m_apply->setEnabled(false);
        return;
    }
    if (isReading()) {
        m_preview->setText(tr("Reading the matching users…"));
        m_apply->setEnabled(false);
        return;
    }
    const BulkTagJob::Preview preview = BulkTagJob::preview(m_mode, tag, targets());
    const QLocale locale;
    const QString quoted = tr("“%1”").arg(tag);
    const bool all = scope() == Scope::AllMatching;
    QString text;
    if (m_mode == BulkTagJob::Mode::Add) {
        text = (all ? tr("Adds %1 to %2 of %Ln matching user(s)", nullptr, preview.selected)
                    : tr("Adds %1 to %2 of %Ln selected user(s)", nullptr, preview.selected))
                   .arg(quoted, locale.toString(preview.affected));
        if (preview.unaffected > 0)
            text += QLatin1Char(' ') + tr("(%Ln already have it)", nullptr, preview.unaffected);
    } else {
        text = (all ? tr("Removes %1 from %2 of %Ln matching user(s)", nullptr, preview.selected)
                    : tr("Removes %1 from %2 of %Ln selected user(s)", nullptr, preview.selected))
                   .arg(quoted, locale.toString(preview.affected));
        if (preview.unaffected > 0)
            text += QLatin1Char(' ') + tr("(%Ln do not have it)", nullptr, preview.unaffected);
    }
    text += QLatin1Char('.');
    if (preview.affected == 0)
        text += QLatin1Char(' ') + tr("Nothing to do.");
    m_preview->setText(text);
    m_apply->setEnabled(preview.affected > 0 && !m_job->isRunning());
}

void BulkTagDialog::setAllMatching(const UserQuery &query, qint64 total)
{
    m_query = query;
    m_total = total;
    m_matching.clear();
    m_matchingRead = false;
    // Worth offering only when the query matches more than the selection.
    const bool offered = total > m_targets.size();
    m_scopeAll->setText(tr("A&ll %Ln matching user(s)", nullptr,
        int(qMin<qint64>(total, std::numeric_limits<int>::max()))));
    m_scopeSelected->setVisible(offered);
    m_scopeAll->setVisible(offered);
}

void BulkTagDialog::setJournal(ChangeJournal *journal, const QString &actor, const QString &server)
{
    m_job->setJournal(journal, actor, server);
}

BulkTagDialog::Scope BulkTagDialog::scope() const
{
    return m_scopeAll->isChecked() ? Scope::AllMatching : Scope::Selected;
}

void BulkTagDialog::setScope(Scope scope)
{
    (scope == Scope::AllMatching ? m_scopeAll : m_scopeSelected)->setChecked(true);
}

bool BulkTagDialog::isReading() const
{
    return m_loader->isRunning();
}

QList<BulkTagTarget> BulkTagDialog::targets() const
{
    if (scope() == Scope::AllMatching)
        return m_matchingRead ? m_matching : QList<BulkTagTarget>();
    return m_targets;
}

void BulkTagDialog::updateIntro()
{
    const bool adding = m_mode == BulkTagJob::Mode::Add;
    if (scope() == Scope::AllMatching) {
        const int count
            = int(m_matchingRead ? m_matching.size()
                                 : qMin<qint64>(m_total, std::numeric_limits<int>::max()));
        m_intro->setText(adding
                ? tr("Add a tag to all %Ln matching user(s).", nullptr, count)
                : tr("Remove a tag from all %Ln matching user(s).", nullptr, count));
        return;
    }
    const int selected = int(m_targets.size());
    m_intro->setText(adding ? tr("Add a tag to the %Ln selected user(s).", nullptr, selected)
                            : tr("Remove a tag from the %Ln selected user(s).", nullptr, selected));
}

void BulkTagDialog::onScopeChanged()
{
    if (m_job->isRunning())
        return;
    if (scope() == Scope::AllMatching && !m_matchingRead && !m_loader->isRunning()) {
        if (m_loader->start(m_client, m_query)) {
            m_progress->setRange(0, 0);
            m_progress->show();
        }
    } else if (scope() == Scope::Selected && m_loader->isRunning()) {
        m_loader->cancel();
        m_progress->hide();
    }
    updateIntro();
    updatePreview();
}

void BulkTagDialog::setConfirmation(const ConnectionProfile &profile, const QSettings *settings)
{
    m_profile = profile;
    m_settings = settings;
    m_confirm = true;
}

bool BulkTagDialog::confirmRun(const QString &tag)
{
    const QList<BulkTagTarget> chosen = targets();
    QList<const BulkTagTarget *> affected;
    for (const BulkTagTarget &target : chosen) {
        if (BulkTagJob::changes(m_mode, tag, target.tags))
            affected.append(&target);
    }
    QString subject;
    if (affected.size() == 1) {
        const BulkTagTarget *only = affected.constFirst();
        subject
            = only->humanId.isEmpty() ? only->name : tr("%1 (%2)").arg(only->name, only->humanId);
    } else {
        subject = tr("%n user(s)", nullptr, int(affected.size()));
    }
    return WriteConfirmation::confirm(this, m_profile, m_settings, subject);
}

bool BulkTagDialog::apply()
{
    const QString tag = this->tag();
    const QList<BulkTagTarget> chosen = targets();
    if (m_job->isRunning() || isReading() || !BulkTagJob::validateTag(tag).isEmpty()
        || BulkTagJob::preview(m_mode, tag, chosen).affected == 0)
        return false;
    if (m_confirm && !confirmRun(tag))
        return false;
    if (!m_job->start(m_client, m_mode, tag, chosen))
        return false;
    m_tagEdit->setReadOnly(true);
    m_scopeSelected->setEnabled(false);
    m_scopeAll->setEnabled(false);
    m_apply->setEnabled(false);
    m_progress->setRange(0, m_job->total());
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setFocus();
    return true;
}

void BulkTagDialog::reject()
{
    if (m_loader->isRunning()) {
        // Esc while the matching users are read: back to the selected ones.
        setScope(Scope::Selected);
        return;
    }
    if (m_job->isRunning()) {
        // Esc and Cancel stop the run; the dialog stays to show what was done.
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Canceling…"));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void BulkTagDialog::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void BulkTagDialog::onFinished()
{
    m_progress->hide();
    m_apply->hide();
    m_cancel->hide();
    m_copy->show();
    m_close->show();
    m_close->setDefault(true);

    const QList<BulkTagJob::Result> results = m_job->results();
    m_results->setRowCount(int(results.size()));
    for (int row = 0; row < results.size(); ++row) {
        const BulkTagJob::Result &result = results.at(row);
        const QStringList cells {result.target.humanId, result.target.name,
            BulkTagJob::outcomeText(result.outcome), result.message};
        for (int column = 0; column < ResultColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == MessageColumn)
                item->setToolTip(result.message);
            if (result.outcome == BulkTagJob::Outcome::Failed && column == OutcomeColumn) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_results->setItem(row, column, item);
        }
    }
    const int changed
        = m_job->count(m_mode == BulkTagJob::Mode::Add ? BulkTagJob::Outcome::Added
                                                       : BulkTagJob::Outcome::Removed);
    QStringList parts;
    parts.append(m_mode == BulkTagJob::Mode::Add
            ? tr("Added to %Ln user(s)", nullptr, changed)
            : tr("Removed from %Ln user(s)", nullptr, changed));
    if (const int skipped = m_job->count(BulkTagJob::Outcome::Skipped))
        parts.append(tr("%Ln skipped", nullptr, skipped));
    if (const int failed = m_job->count(BulkTagJob::Outcome::Failed))
        parts.append(tr("%Ln failed", nullptr, failed));
    if (const int canceled = m_job->count(BulkTagJob::Outcome::Canceled))
        parts.append(tr("%Ln canceled", nullptr, canceled));
    QString summary = parts.join(QLatin1String(", ")) + QLatin1Char('.');
    if (!m_job->journalError().isEmpty())
        summary += QLatin1Char(' ')
            + tr("The change journal could not be written: %1").arg(m_job->journalError());
    m_resultSummary->setText(summary);
    m_resultSummary->show();
    m_results->show();
    resize(width(), qMax(height(), 420));
    m_results->setFocus();
    Q_EMIT runFinished();
}

void BulkTagDialog::copyResults()
{
    QApplication::clipboard()->setText(m_job->reportText());
}
