// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/ChangeJournalDialog.h"

#include "models/editing/ChangeJournal.h"
#include "models/items/ChangeJournalModel.h"
#include "ui/widgets/ListPanel.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ChangeJournalDialog::ChangeJournalDialog(
    ChangeJournal *journal, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new ChangeJournalModel(journal, this))
    , m_panel(new ListPanel(QStringLiteral("journal"), this))
    , m_filter(new QLineEdit(this))
    , m_onlyUser(new QCheckBox(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
{
    setObjectName(QStringLiteral("changeJournalDialog"));
    setWindowTitle(tr("Change Journal"));
    setAccessibleName(tr("Change journal"));

    auto *explanation = new QLabel(
        tr("Every change BuiltOn Admin saved on this computer: when, by whom, on which server, "
           "and each field's value before and after."),
        this);
    explanation->setObjectName(QStringLiteral("journalExplanation"));
    explanation->setWordWrap(true);

    m_panel->table()->setAccessibleName(tr("Change journal"));
    ListPanel::Texts texts;
    texts.all = [this](int shown) {
        return countText(shown);
    };
    texts.empty = [this] {
        return emptyText();
    };
    ListTableView::Columns columns;
    columns.flexible = ChangeJournalModel::After;
    columns.givingWay = {ChangeJournalModel::Server, ChangeJournalModel::Who};
    m_panel->setModel(m_model, columns, texts, settings, QStringLiteral("changeJournal/columns"));
    // The journal's texts, as they usually are; longer ones are elided.
    ListTableView *table = m_panel->table();
    table->setColumnSample(ChangeJournalModel::Time,
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat));
    table->setColumnSample(ChangeJournalModel::Who, QStringLiteral("Support (sub: staff-7)"));
    table->setColumnSample(ChangeJournalModel::Server, QStringLiteral("https://api.builton.dev"));
    table->setColumnSample(
        ChangeJournalModel::User, QStringLiteral("Kristoffer Johannessen (R6ZJ8B)"));
    table->setColumnSample(ChangeJournalModel::Field, QStringLiteral("Billing address"));
    table->setColumnSample(ChangeJournalModel::Before, QStringLiteral("k.johannessen@example.com"));

    m_onlyUser->setObjectName(QStringLiteral("journalOnlyUser"));
    m_onlyUser->setAccessibleName(tr("Only this user"));
    m_onlyUser->hide();
    connect(m_onlyUser, &QCheckBox::toggled, this,
        [this](bool only) { m_model->setUserFilter(only ? m_userId : QString()); });

    m_filter->setObjectName(QStringLiteral("journalUserFilter"));
    m_filter->setAccessibleName(tr("Filter by user"));
    m_filter->setPlaceholderText(tr("Filter by user: name, customer ID or id"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&User:"), this);
    filterLabel->setObjectName(QStringLiteral("journalUserFilterLabel"));
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_model, &ChangeJournalModel::setUserText);

    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(QStringLiteral("journalRefresh"));
    refresh->setAccessibleName(tr("Refresh"));
    refresh->setAutoDefault(false);
    connect(refresh, &QPushButton::clicked, m_journal, &ChangeJournal::reload);
    m_export->setObjectName(QStringLiteral("journalExport"));
    m_export->setAccessibleName(tr("Export CSV"));
    m_export->setAutoDefault(false);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Change Journal"),
            QDir(folder).filePath(tr("change-journal.csv")), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("journalClose"));
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_onlyUser);
    top->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(top);
    layout->addWidget(m_panel, 1);
    layout->addLayout(buttons);
    resize(980, 480);

    const auto updateExport = [this] {
        m_export->setEnabled(m_model->rowCount() > 0);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateExport);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateExport);
    updateExport();
}

ChangeJournalDialog::~ChangeJournalDialog() = default;

void ChangeJournalDialog::showUser(const QString &userId, const QString &userName)
{
    m_userId = userId;
    m_onlyUser->setVisible(!userId.isEmpty());
    m_onlyUser->setText(tr("&Only %1").arg(userName));
    if (m_onlyUser->isChecked() == !userId.isEmpty())
        m_model->setUserFilter(userId);
    m_onlyUser->setChecked(!userId.isEmpty());
}

ListTableView *ChangeJournalDialog::view() const
{
    return m_panel->table();
}

bool ChangeJournalDialog::exportTo(const QString &path)
{
    QString error;
    if (!ChangeJournal::exportCsv(path, m_model->shownEntries(), &error)) {
        MessageBox::critical(this, tr("Export Failed"), error);
        return false;
    }
    m_panel->endWork(tr("%Ln change(s) exported to %1.", nullptr, m_model->rowCount())
                         .arg(QDir::toNativeSeparators(path)));
    return true;
}

QString ChangeJournalDialog::countText(int shown) const
{
    const int all = m_journal ? int(m_journal->entries().size()) : shown;
    return shown == all ? tr("%Ln change(s)", nullptr, shown)
                        : tr("%1 of %Ln change(s)", nullptr, all).arg(QLocale().toString(shown));
}

QString ChangeJournalDialog::emptyText() const
{
    const QString text = m_filter->text().trimmed();
    if (!text.isEmpty())
        return tr("No change was made to a user matching “%1”.").arg(text);
    if (!m_model->userFilter().isEmpty())
        return tr("No change to this user was saved on this computer.");
    return tr("No change was saved on this computer yet.");
}
