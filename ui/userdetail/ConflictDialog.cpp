// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column {
    FieldColumn,
    BaseColumn,
    MineColumn,
    TheirsColumn,
    ChoiceColumn,
    ResultColumn,
    ColumnCount
};

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const QList<MergeConflict> &conflicts, const QString &userName,
    const QHash<QString, QString> &paymentMethodLabels, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_paymentMethodLabels(paymentMethodLabels)
    , m_table(new QTableWidget(int(conflicts.size()), ColumnCount, this))
    , m_apply(new QPushButton(tr("&Apply Choices and Save"), this))
    , m_keepAll(new QPushButton(tr("&Keep All Mine"), this))
    , m_takeAll(new QPushButton(tr("&Take All Theirs"), this))
    , m_reload(new QPushButton(tr("&Reload Everything"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    setAccessibleName(tr("Conflicting changes"));

    auto *explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("conflictExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setText(
        tr("While you were editing %1, someone else saved different values for the fields "
           "below. Nothing has been written yet. Choose for each field which value to keep; "
           "your other changes are kept, and changes only the other person made are already "
           "taken.")
            .arg(userName));

    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Conflicting fields"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("You started from"), tr("Your edit"),
        tr("Now on the server"), tr("Keep"), tr("Will be saved")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);

    QWidget *previous = m_table;
    for (int row = 0; row < conflicts.size(); ++row) {
        const MergeConflict &conflict = conflicts.at(row);
        const QString label = conflict.label();
        m_table->setItem(row, FieldColumn, readOnlyItem(label));
        m_table->setItem(row, BaseColumn, readOnlyItem(displayText(conflict, conflict.base)));
        m_table->setItem(row, MineColumn, readOnlyItem(displayText(conflict, conflict.mine)));
        m_table->setItem(row, TheirsColumn, readOnlyItem(displayText(conflict, conflict.theirs)));
        m_table->setItem(row, ResultColumn, readOnlyItem(QString()));
        auto *box = new QComboBox(m_table);
        box->setObjectName(QStringLiteral("conflictChoice_") + conflict.id());
        box->setAccessibleName(tr("Value to keep for %1").arg(label));
        // Where both edits can be combined (tags), that is offered first and chosen.
        if (conflict.hasMerged())
            box->addItem(tr("Both"), int(ConflictChoice::KeepMerged));
        box->addItem(tr("Mine"), int(ConflictChoice::KeepMine));
        box->addItem(tr("Theirs"), int(ConflictChoice::TakeTheirs));
        m_table->setCellWidget(row, ChoiceColumn, box);
        m_boxes.insert(conflict.id(), box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, row] { showResult(row); });
        showResult(row);
        setTabOrder(previous, box);
        previous = box;
    }
    m_table->resizeRowsToContents();
    m_table->setFocusPolicy(Qt::NoFocus);

    m_apply->setObjectName(QStringLiteral("conflictApply"));
    m_apply->setAccessibleName(tr("Apply choices and save"));
    m_apply->setDefault(true);
    m_keepAll->setObjectName(QStringLiteral("conflictKeepAll"));
    m_keepAll->setAccessibleName(tr("Keep all mine"));
    m_keepAll->setAutoDefault(false);
    m_takeAll->setObjectName(QStringLiteral("conflictTakeAll"));
    m_takeAll->setAccessibleName(tr("Take all theirs"));
    m_takeAll->setAutoDefault(false);
    m_reload->setObjectName(QStringLiteral("conflictReload"));
    m_reload->setAccessibleName(tr("Reload everything"));
    m_reload->setToolTip(tr("Drop all your unsaved changes to this user and show what is on "
                            "the server now."));
    m_reload->setAutoDefault(false);
    auto *cancel = new QPushButton(tr("Decide Later"), this);
    cancel->setObjectName(QStringLiteral("conflictLater"));
    cancel->setAccessibleName(tr("Decide later"));
    cancel->setAutoDefault(false);

    connect(m_keepAll, &QPushButton::clicked, this, [this] {
        for (QComboBox *box : std::as_const(m_boxes))
            box->setCurrentIndex(box->findData(int(ConflictChoice::KeepMine)));
    });
    connect(m_takeAll, &QPushButton::clicked, this, [this] {
        for (QComboBox *box : std::as_const(m_boxes))
            box->setCurrentIndex(box->findData(int(ConflictChoice::TakeTheirs)));
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QHash<QString, ConflictChoice> made = choices();
        accept();
        Q_EMIT choicesMade(made);
    });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT reloadRequested();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *sideButtons = new QHBoxLayout;
    sideButtons->addWidget(m_keepAll);
    sideButtons->addWidget(m_takeAll);
    sideButtons->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(sideButtons);
    layout->addLayout(buttons);
    setTabOrder(previous, m_keepAll);
    setTabOrder(m_keepAll, m_takeAll);
    setTabOrder(m_takeAll, m_reload);
    setTabOrder(m_reload, cancel);
    setTabOrder(cancel, m_apply);
    resize(960, 200 + 40 * int(conflicts.size()));
    if (!m_boxes.isEmpty())
        m_boxes.value(conflicts.constFirst().id())->setFocus();
}

ConflictDialog::~ConflictDialog() = default;

QString ConflictDialog::displayText(const MergeConflict &conflict, const QJsonValue &value) const
{
    // One address of the list reads as the billing address does.
    const QString key = conflict.index < 0 ? conflict.key : userFieldKey(UserField::BillingAddress);
    return ProfileUnits::displayText(key, value, m_paymentMethodLabels);
}

void ConflictDialog::showResult(int row)
{
    const MergeConflict &conflict = m_conflicts.at(row);
    const QComboBox *box = m_boxes.value(conflict.id());
    const auto choice = ConflictChoice(box->currentData().toInt());
    const QJsonValue value = choice == ConflictChoice::TakeTheirs ? conflict.theirs
        : choice == ConflictChoice::KeepMerged                    ? conflict.merged
                                                                  : conflict.mine;
    const QString text = displayText(conflict, value);
    QTableWidgetItem *item = m_table->item(row, ResultColumn);
    item->setText(text);
    item->setToolTip(text);
}

QString ConflictDialog::resultText(const QString &id) const
{
    for (int row = 0; row < m_conflicts.size(); ++row) {
        if (m_conflicts.at(row).id() == id)
            return m_table->item(row, ResultColumn)->text();
    }
    return QString();
}

QHash<QString, ConflictChoice> ConflictDialog::choices() const
{
    QHash<QString, ConflictChoice> result;
    for (auto it = m_boxes.constBegin(); it != m_boxes.constEnd(); ++it)
        result.insert(it.key(), ConflictChoice(it.value()->currentData().toInt()));
    return result;
}

void ConflictDialog::setChoice(const QString &key, ConflictChoice choice)
{
    if (QComboBox *box = m_boxes.value(key))
        box->setCurrentIndex(box->findData(int(choice)));
}

QComboBox *ConflictDialog::choiceBox(const QString &key) const
{
    return m_boxes.value(key);
}
