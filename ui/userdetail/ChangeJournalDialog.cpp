// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/ChangeJournalDialog.h"

#include "models/editing/ChangeJournal.h"
#include "models/items/ChangeJournalModel.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

ChangeJournalDialog::ChangeJournalDialog(ChangeJournal *journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new ChangeJournalModel(journal, this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_onlyUser(new QCheckBox(this))
    , m_summary(new QLabel(this))
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

    m_view->setObjectName(QStringLiteral("journalTable"));
    m_view->setAccessibleName(tr("Change journal"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_onlyUser->setObjectName(QStringLiteral("journalOnlyUser"));
    m_onlyUser->setAccessibleName(tr("Only this user"));
    m_onlyUser->hide();
    connect(m_onlyUser, &QCheckBox::toggled, this, [this](bool only) {
        m_model->setUserFilter(only ? m_userId : QString());
        updateSummary();
    });

    m_filter->setObjectName(QStringLiteral("journalUserFilter"));
    m_filter->setAccessibleName(tr("Filter by user"));
    m_filter->setPlaceholderText(tr("Filter by user: name, customer ID or id"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&User:"), this);
    filterLabel->setObjectName(QStringLiteral("journalUserFilterLabel"));
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setUserText(text);
        updateSummary();
    });

    m_summary->setObjectName(QStringLiteral("journalSummary"));
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(QStringLiteral("journalRefresh"));
    refresh->setAccessibleName(tr("Refresh"));
    refresh->setAutoDefault(false);
    connect(refresh, &QPushButton::clicked, this, [this] {
        m_journal->reload();
        updateSummary();
    });
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
    top->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    resize(980, 480);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChangeJournalDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChangeJournalDialog::updateSummary);
    updateSummary();
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
    updateSummary();
}

bool ChangeJournalDialog::exportTo(const QString &path)
{
    QString error;
    if (!ChangeJournal::exportCsv(path, m_model->shownEntries(), &error)) {
        MessageBox::critical(this, tr("Export Failed"), error);
        return false;
    }
    m_summary->setText(tr("%n change(s) exported to %1.", nullptr, m_model->rowCount())
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ChangeJournalDialog::updateSummary()
{
    const int shown = m_model->rowCount();
    const int all = m_journal ? int(m_journal->entries().size()) : shown;
    m_summary->setText(shown == all
            ? tr("%n change(s)", nullptr, shown)
            : tr("%1 of %n change(s)", nullptr, all).arg(QLocale().toString(shown)));
    m_export->setEnabled(m_model->rowCount() > 0);
}
