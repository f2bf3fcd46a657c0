// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/PagedTableModel.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/ModelsLogging.h"
#include "models/codec/DecodeError.h"

#include <QDateTime>

namespace {

// Two-digit days, months, hours and minutes at the end of a year: the widest a date gets in
// the formats locales use.
const QDate widestDay(2026, 12, 28);
const QTime widestTime(23, 58);

QString hostLabel(const QUrl &url)
{
    if (url.port() < 0)
        return url.host();
    return url.host() + QLatin1Char(':') + QString::number(url.port());
}

} // namespace

int PagedTableModel::s_defaultPageSize = PagedTableModel::DefaultPageSize;

PagedTableModel::PagedTableModel(int columnCount, ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_client(client)
    , m_zone(QTimeZone::systemTimeZone())
{
    setDisplayLocale(QLocale());
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_flushTimer, &QTimer::timeout, this, &PagedTableModel::flushStagedRows);
}

PagedTableModel::~PagedTableModel()
{
    abortInFlight();
}

void PagedTableModel::setApiClient(ApiClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    restart(false);
}

void PagedTableModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 1000);
}

void PagedTableModel::setDefaultPageSize(int size)
{
    s_defaultPageSize = qBound(1, size, 1000);
}

void PagedTableModel::setFlushInterval(int ms)
{
    m_flushIntervalMs = qMax(0, ms);
    if (m_flushTimer.isActive()) {
        m_flushTimer.stop();
        stageRows();
    }
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visibleRows;
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return column(section).title;
    case SampleTextRole:
        return column(section).sample;
    case Qt::TextAlignmentRole:
        return alignment(section);
    case Qt::ToolTipRole:
        if (!isSortable(section))
            return tr("The server cannot sort by this column.");
        break;
    default:
        break;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

const PagedTableModel::ColumnInfo &PagedTableModel::column(int column) const
{
    if (m_columnInfo.isEmpty()) {
        m_columnInfo.reserve(m_columnCount);
        for (int each = 0; each < m_columnCount; ++each)
            m_columnInfo.append(columnInfo(each));
    }
    static const ColumnInfo none;
    return column >= 0 && column < m_columnCount ? m_columnInfo.at(column) : none;
}

QString PagedTableModel::sortField(int column) const
{
    return this->column(column).sortField;
}

QString PagedTableModel::longest(const QStringList &texts)
{
    QString result;
    for (const QString &text : texts) {
        if (text.size() > result.size())
            result = text;
    }
    return result;
}

QVariant PagedTableModel::alignment(int column) const
{
    if (this->column(column).numeric)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_reply && !m_exhausted && !m_failed;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestNextPage();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder)) {
        Q_EMIT sortChanged(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT sortChanged(m_sortColumn, m_sortOrder);
    restart(true);
}

QHash<int, QByteArray> PagedTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, QByteArrayLiteral("rawValue"));
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(FlagsRole, QByteArrayLiteral("flags"));
    return names;
}

void PagedTableModel::setInitialSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

void PagedTableModel::setScope(const Scope &scope)
{
    if (scope.kind == m_scope.kind && scope.userId == m_scope.userId)
        return;
    m_scope = scope;
    applyQuery();
}

void PagedTableModel::applyQuery()
{
    prepareQuery();
    restart(true);
    Q_EMIT queryApplied();
}

void PagedTableModel::setDisplayLocale(const QLocale &locale)
{
    m_locale = locale;
    // Looked up once: the format of every date cell painted.
    m_shortDateTimeFormat = m_locale.dateTimeFormat(QLocale::ShortFormat);
    m_columnInfo.clear(); // samples are written in the locale
    emitAllRowsChanged({Qt::DisplayRole});
}

void PagedTableModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    m_zoneIsSystem = zone == QTimeZone::systemTimeZone();
    emitAllRowsChanged({Qt::DisplayRole, Qt::ToolTipRole});
}

void PagedTableModel::setColors(const Colors &colors)
{
    m_colors = colors;
    emitAllRowsChanged({Qt::ForegroundRole});
}

void PagedTableModel::emitAllRowsChanged(const QList<int> &roles)
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
}

QString PagedTableModel::dateTimeText(qint64 msecs, QLocale::FormatType format) const
{
    if (msecs == NoTime)
        return QString();
    const QDateTime local = m_zoneIsSystem ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime)
                                           : QDateTime::fromMSecsSinceEpoch(msecs, m_zone);
    return format == QLocale::ShortFormat ? m_locale.toString(local, m_shortDateTimeFormat)
                                          : m_locale.toString(local, format);
}

QString PagedTableModel::dayText(qint64 msecs, QLocale::FormatType format) const
{
    if (msecs == NoTime)
        return QString();
    const QDateTime local = m_zoneIsSystem ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime)
                                           : QDateTime::fromMSecsSinceEpoch(msecs, m_zone);
    return m_locale.toString(local.date(), format);
}

QVariant PagedTableModel::utcDateTime(qint64 msecs)
{
    if (msecs == NoTime)
        return QVariant();
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString PagedTableModel::sampleDateTimeText() const
{
    return m_locale.toString(QDateTime(widestDay, widestTime), m_shortDateTimeFormat);
}

QString PagedTableModel::sampleDayText() const
{
    return m_locale.toString(widestDay, QLocale::ShortFormat);
}

QString PagedTableModel::sortArgument() const
{
    const QString field = sortField(m_sortColumn);
    if (field.isEmpty())
        return QString();
    return m_sortOrder == Qt::DescendingOrder ? QLatin1Char('-') + field : field;
}

QString PagedTableModel::supersedeKey() const
{
    // One key per model: a page request of a newer query replaces the older one even if the
    // abort in restart() were missed.
    return QLatin1String("paged-model/") + QString::number(reinterpret_cast<quintptr>(this), 16);
}

void PagedTableModel::restart(bool fetch)
{
    const bool wasLoading = isLoading();
    const int oldVisible = m_visibleRows;
    const bool wasComplete = m_exhausted;
    const qint64 oldTotal = m_total;

    ++m_generation;
    abortInFlight();
    m_flushTimer.stop();
    // Every member is back at "page 0 of a new query" before endResetModel(): views and
    // testers call canFetchMore()/fetchMore() from their modelReset slots.
    beginResetModel();
    clearRows();
    m_visibleRows = 0;
    m_nextPage = 0;
    m_queryPageSize = pageSize();
    m_exhausted = false;
    m_failed = false;
    m_error = ApiError();
    m_total = -1;
    m_sinceFlush.invalidate();
    endResetModel();

    Q_EMIT queryReset();
    if (oldVisible != 0)
        Q_EMIT loadedCountChanged(0);
    if (oldTotal != -1)
        Q_EMIT totalCountChanged(-1);
    if (wasComplete)
        Q_EMIT completeChanged(false);
    if (fetch)
        requestNextPage();
    if (wasLoading && !isLoading())
        Q_EMIT loadingChanged(false);
}

void PagedTableModel::reload()
{
    restart(true);
}

void PagedTableModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    m_error = ApiError();
    requestNextPage();
}

void PagedTableModel::requestNextPage()
{
    if (!m_client || m_reply || m_exhausted || m_failed)
        return;
    if (m_scope.kind == Scope::Kind::User && m_scope.userId.isEmpty())
        return; // nobody's rows yet
    // The first page of a query fixes its page size (a query started without restart()
    // takes the size in force now).
    if (m_nextPage == 0)
        m_queryPageSize = pageSize();
    ApiReply *reply
        = requestPage(m_client, m_nextPage, m_queryPageSize, sortArgument(), supersedeKey());
    if (!reply)
        return;
    m_reply = reply;
    const quint64 generation = m_generation;
    const int page = m_nextPage;
    reply->onFinished(this, [this, generation, page](const ApiReply &finished) {
        onPageFinished(generation, page, finished);
    });
    Q_EMIT loadingChanged(true);
}

void PagedTableModel::onPageFinished(quint64 generation, int page, const ApiReply &reply)
{
    if (generation != m_generation || m_reply.data() != &reply)
        return; // a late answer of an earlier query
    m_reply = nullptr;
    const ApiError &error = reply.error();
    if (!error.isError()) {
        const ApiResponse &response = reply.response();
        ingestPage(generation, page, response.body, response.page, hostLabel(response.url));
    } else if (!error.isCancellation()) {
        fail(error);
    }
    // Canceled (sign-out, abortAll) or superseded: nobody needs to hear about it, and the page
    // can be fetched again. A slot of the signals above may have started the next page.
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

bool PagedTableModel::ingestPage(
    quint64 generation, int page, const QByteArray &body, const PageInfo &info, const QString &host)
{
    if (generation != m_generation || page != m_nextPage)
        return false;
    const int before = storedRowCount();
    DecodeError decodeError;
    if (!appendPage(body, &decodeError)) {
        fail(decodeError.toApiError(host));
        return false;
    }
    const int rows = storedRowCount() - before;
    ++m_nextPage;
    m_failed = false;
    m_error = ApiError();
    setTotal(info.total);
    setExhausted(rows == 0 || !info.hasMore(rows) || (m_total >= 0 && storedRowCount() >= m_total));
    stageRows();
    return true;
}

void PagedTableModel::stageRows()
{
    if (storedRowCount() <= m_visibleRows || m_flushTimer.isActive())
        return;
    // The first rows of a query are shown at once; later ones at most once per interval,
    // because every insert repaints a shown view (about 7 ms for a full table).
    const qint64 elapsed = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : m_flushIntervalMs;
    if (m_visibleRows == 0 || elapsed >= m_flushIntervalMs)
        flushStagedRows();
    else
        m_flushTimer.start(int(m_flushIntervalMs - elapsed));
}

void PagedTableModel::flushStagedRows()
{
    m_flushTimer.stop();
    const int stored = storedRowCount();
    if (stored <= m_visibleRows)
        return;
    beginInsertRows(QModelIndex(), m_visibleRows, stored - 1);
    m_visibleRows = stored;
    endInsertRows();
    m_sinceFlush.start();
    Q_EMIT loadedCountChanged(m_visibleRows);
}

void PagedTableModel::abortInFlight()
{
    if (!m_reply)
        return;
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    // Disconnected first: the abort finishes the reply at once, and this model must not see it.
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
}

void PagedTableModel::fail(const ApiError &error)
{
    m_failed = true;
    m_error = error;
    qCInfo(lcModels).noquote() << metaObject()->className() << "page" << m_nextPage
                               << "failed:" << ApiError::kindName(error.kind());
    Q_EMIT loadFailed(error);
}

void PagedTableModel::setTotal(qint64 total)
{
    if (m_total == total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(m_total);
}

void PagedTableModel::setExhausted(bool exhausted)
{
    if (m_exhausted == exhausted)
        return;
    m_exhausted = exhausted;
    Q_EMIT completeChanged(m_exhausted);
}
