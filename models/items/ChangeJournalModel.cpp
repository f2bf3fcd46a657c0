// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/ChangeJournalModel.h"

#include "models/domain/OrderFilter.h"
#include "models/editing/ProfileMerge.h"

#include <QLocale>

#include <algorithm>

namespace {

/// The field of an order journal entry, in words.
QString orderFieldLabel(const QString &field)
{
    if (field == QLatin1String("order_status"))
        return ChangeJournalModel::tr("Status");
    if (field == QLatin1String("delivery_status"))
        return ChangeJournalModel::tr("Delivery status");
    return field;
}

QString orderValueText(const QString &field, const QJsonValue &value)
{
    if (!value.isString())
        return JournalEntry::valueText(value);
    if (field == QLatin1String("order_status"))
        return OrderFilter::orderStatusName(value.toString());
    if (field == QLatin1String("delivery_status"))
        return OrderFilter::deliveryStatusName(value.toString());
    return value.toString();
}

} // namespace

ChangeJournalModel::ChangeJournalModel(ChangeJournal *journal, QObject *parent)
    : QAbstractTableModel(parent), m_journal(journal)
{
    Q_ASSERT(journal);
    connect(journal, &ChangeJournal::appended, this, &ChangeJournalModel::onAppended);
    connect(journal, &ChangeJournal::reloaded, this, &ChangeJournalModel::rebuild);
    rebuild();
}

ChangeJournalModel::~ChangeJournalModel() = default;

void ChangeJournalModel::setUserFilter(const QString &userId)
{
    if (m_userFilter == userId)
        return;
    m_userFilter = userId;
    rebuild();
}

void ChangeJournalModel::setUserText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_userText == trimmed)
        return;
    m_userText = trimmed;
    rebuild();
}

void ChangeJournalModel::setPaymentMethodLabels(const QHash<QString, QString> &labels)
{
    m_paymentMethodLabels = labels;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Before), index(int(m_rows.size()) - 1, After),
            {Qt::DisplayRole, Qt::ToolTipRole});
}

bool ChangeJournalModel::accepts(const JournalEntry &entry) const
{
    if (!m_userFilter.isEmpty() && entry.userId != m_userFilter)
        return false;
    if (m_userText.isEmpty())
        return true;
    return entry.userName.contains(m_userText, Qt::CaseInsensitive)
        || entry.humanId.contains(m_userText, Qt::CaseInsensitive)
        || entry.userId.contains(m_userText, Qt::CaseInsensitive);
}

void ChangeJournalModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_journal) {
        const QList<JournalEntry> &entries = m_journal->entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (accepts(*it))
                m_rows.append(*it);
        }
        // Stable: entries written in one save keep their order.
        std::stable_sort(m_rows.begin(), m_rows.end(),
            [](const JournalEntry &a, const JournalEntry &b) { return a.time > b.time; });
    }
    endResetModel();
}

void ChangeJournalModel::onAppended(const QList<JournalEntry> &entries)
{
    QList<JournalEntry> added;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (accepts(*it))
            added.append(*it);
    }
    if (added.isEmpty())
        return;
    beginInsertRows(QModelIndex(), 0, int(added.size()) - 1);
    m_rows = added + m_rows;
    endInsertRows();
}

int ChangeJournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangeJournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeJournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const JournalEntry &entry = m_rows.at(index.row());
    if (role == UserIdRole)
        return entry.userId;
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case Time:
            return entry.time;
        case Who:
            return entry.actor;
        case Server:
            return entry.server;
        case User:
            return entry.userId;
        case Field:
            return entry.field;
        case Before:
            return JournalEntry::valueText(entry.before);
        case After:
            return JournalEntry::valueText(entry.after);
        case ColumnCount:
            break;
        }
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (Column(index.column())) {
    case Time:
        return role == Qt::ToolTipRole
            ? entry.time.toString(Qt::ISODateWithMs)
            : QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return entry.actor;
    case Server:
        return entry.server;
    case User: {
        const QString name = entry.userName.isEmpty() ? entry.userId : entry.userName;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2, id %3)").arg(name, entry.humanId, entry.userId);
        return entry.humanId.isEmpty() ? name : tr("%1 (%2)").arg(name, entry.humanId);
    }
    case Field:
        if (entry.recordType == QLatin1String("order"))
            return tr("Order %1: %2").arg(entry.recordHumanId, orderFieldLabel(entry.field));
        return ProfileUnits::label(entry.field);
    case Before:
    case After: {
        const QJsonValue value = index.column() == Before ? entry.before : entry.after;
        if (entry.recordType == QLatin1String("order"))
            return orderValueText(entry.field, value);
        QString text = ProfileUnits::displayText(entry.field, value, m_paymentMethodLabels);
        if (role == Qt::DisplayRole)
            text.replace(QLatin1Char('\n'), QStringLiteral("; "));
        return text;
    }
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant ChangeJournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Who:
        return tr("Who");
    case Server:
        return tr("Server");
    case User:
        return tr("User");
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case ColumnCount:
        break;
    }
    return QVariant();
}
