// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/DraftsDialog.h"

#include "models/Clock.h"
#include "models/editing/ProfileMerge.h"
#include "ui/widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString ageText(const QDateTime &savedAt)
{
    const qint64 seconds = savedAt.secsTo(Clock::currentDateTimeUtc());
    if (seconds < 60)
        return DraftsDialog::tr("just now");
    if (seconds < 3600)
        return DraftsDialog::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return DraftsDialog::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return DraftsDialog::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

} // namespace

DraftsDialog::DraftsDialog(const QList<Draft> &drafts, QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
{
    setObjectName(QStringLiteral("draftsDialog"));
    setWindowTitle(tr("Unsaved Changes Found"));
    setAccessibleName(tr("Unsaved changes found"));

    auto *explanation = new QLabel(
        tr("BuiltOn Admin ended before these changes were saved. Restore them to review and "
           "save them; changes made on the server since are checked before anything is "
           "written."),
        this);
    explanation->setObjectName(QStringLiteral("draftsExplanation"));
    explanation->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("draftsList"));
    m_list->setAccessibleName(tr("Unsaved changes"));
    m_list->setHeaderLabels({tr("User"), tr("Changed fields"), tr("Saved")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int i = 0; i < drafts.size(); ++i) {
        const Draft &draft = drafts.at(i);
        QStringList fields;
        for (const QString &key : draft.editedKeys())
            fields.append(ProfileUnits::label(key));
        const QString user = draft.humanId.isEmpty()
            ? draft.userName
            : tr("%1 (%2)").arg(draft.userName, draft.humanId);
        auto *item = new QTreeWidgetItem(
            m_list, {user, fields.join(QStringLiteral(", ")), ageText(draft.savedAt)});
        item->setData(0, Qt::UserRole, i);
        item->setCheckState(0, Qt::Checked);
        item->setToolTip(2, QLocale().toString(draft.savedAt.toLocalTime(), QLocale::LongFormat));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    connect(m_list, &QTreeWidget::itemChanged, this, &DraftsDialog::updateButtons);

    m_restore->setObjectName(QStringLiteral("draftsRestore"));
    m_restore->setAccessibleName(tr("Restore"));
    m_restore->setDefault(true);
    m_discard->setObjectName(QStringLiteral("draftsDiscard"));
    m_discard->setAccessibleName(tr("Discard"));
    m_discard->setAutoDefault(false);
    auto *later = new QPushButton(tr("&Not Now"), this);
    later->setObjectName(QStringLiteral("draftsLater"));
    later->setAccessibleName(tr("Not now"));
    later->setAutoDefault(false);

    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<Draft> chosen = checkedDrafts();
        accept();
        Q_EMIT restoreRequested(chosen);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const QList<Draft> chosen = checkedDrafts();
        if (MessageBox::warning(this, tr("Discard Unsaved Changes"),
                tr("Discard the unsaved changes to %n user(s)? This cannot be undone.", nullptr,
                    int(chosen.size())),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
            return;
        accept();
        Q_EMIT discardRequested(chosen);
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(later);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    resize(640, 320);
    updateButtons();
}

DraftsDialog::~DraftsDialog() = default;

QList<Draft> DraftsDialog::checkedDrafts() const
{
    QList<Draft> chosen;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            chosen.append(m_drafts.at(item->data(0, Qt::UserRole).toInt()));
    }
    return chosen;
}

void DraftsDialog::updateButtons()
{
    const bool any = !checkedDrafts().isEmpty();
    m_restore->setEnabled(any);
    m_discard->setEnabled(any);
}
