// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ApiResponse.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <limits>

class ApiReply;
struct DecodeError;

/// A table filled page by page from one list route of the API: the paging machinery shared by
/// the Users, Orders, Subscriptions and Payment methods tables.
///
/// - Lazy paging through canFetchMore()/fetchMore(): one page in flight at a time, none once
///   the server's X-Pagination-Total is reached or after a failure (until retry()).
/// - A new query (sort(), a subclass's filter setters, reload()) is one model reset: the page
///   in flight is aborted, and a generation counter plus a supersede key make sure no late
///   answer of an earlier query ever reaches the rows.
/// - Server-side sorting: sort(column, order) maps the column to the API's sort field
///   ("-created"); columns without one are not sortable.
/// - Coalesced insertion: decoded rows are staged and made visible with at most one
///   beginInsertRows() per flushInterval() (16 ms), because each insert repaints a shown view.
///   The first rows of a query are shown at once.
/// - Subclasses keep their rows in compact storage that never moves rows (ChunkedRows,
///   TextArena) and decode page bodies straight into it (PageJson).
///
/// - What every table shows alike: dates in the display locale and time zone (the rows keep
///   milliseconds since the epoch, NoTime when absent), the colours of deleted rows and of
///   warnings (set from the UI's palette), and, as the header's SampleTextRole, the widest text a
///   column typically shows, so a view can size its columns before any row arrives.
///
/// Pages normally come from requestPage(); ingestPage() is the same path for a page already in
/// memory (benchmarks, decode tests).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        /// Typed value for sorting and export: ids as strings, dates as QDateTime (UTC),
        /// lists as QStringList; never display text.
        RawValueRole = Qt::UserRole + 1,
        /// The document's _id (24 hex digits), on every column.
        IdRole,
        /// The row's flag bits (its storage's Flag values: Deleted, Blocked...) as an int, on
        /// every column.
        FlagsRole,
        /// headerData(): the widest text the column typically shows, in the display locale
        /// ("28/12/2026 23:58", "Not renewing"); empty when its title is wider anyway.
        SampleTextRole,
        /// Subclasses number their own roles from here.
        FirstCustomRole = Qt::UserRole + 16,
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 100;
    static constexpr int DefaultFlushIntervalMs = 16;
    /// A date the rows do not have (their dates are milliseconds since the epoch, UTC).
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    /// Colours of what the rows mark (ForegroundRole). The UI sets them from its palette (light
    /// or dark); the defaults suit a light one.
    struct Colors
    {
        /// Deleted rows.
        QColor inactive {Qt::gray};
        /// Something wrong (an expired card).
        QColor error {Qt::red};
        /// Something to watch (a card that expires soon).
        QColor warning {QColor(0xb3, 0x6b, 0x00)};
    };

    ~PagedTableModel() override;

    ApiClient *apiClient() const { return m_client; }
    /// Drops the rows (loaded with the previous client) without fetching; the next
    /// fetchMore() or reload() loads from \a client.
    void setApiClient(ApiClient *client);

    /// The page size of this model: setPageSize()'s value, else defaultPageSize().
    int pageSize() const { return m_pageSize > 0 ? m_pageSize : s_defaultPageSize; }
    /// 1 to 1000; used from the next query on.
    void setPageSize(int size);
    /// Process-wide page size of the models that did not set their own (Preferences); 1 to
    /// 1000, used from each model's next query on. DefaultPageSize until set.
    static void setDefaultPageSize(int size);
    static int defaultPageSize() { return s_defaultPageSize; }
    int flushInterval() const { return m_flushIntervalMs; }
    void setFlushInterval(int ms);

    /// Rows shown (rowCount()).
    int loadedCount() const { return m_visibleRows; }
    /// X-Pagination-Total of the current query; -1 until its first page arrives (or when the
    /// server does not send it).
    qint64 totalCount() const { return m_total; }
    /// A page request is in flight.
    bool isLoading() const { return !m_reply.isNull(); }
    /// Every row of the current query is loaded.
    bool isComplete() const { return m_exhausted; }
    /// The last page request failed; nothing more is fetched until retry() or a new query.
    bool hasFailed() const { return m_failed; }
    ApiError lastError() const { return m_error; }
    /// Incremented by every new query; pages of another generation are ignored.
    quint64 generation() const { return m_generation; }
    /// Decoded rows not yet visible (waiting for the next flush).
    int stagedCount() const { return storedRowCount() - m_visibleRows; }

    /// Whether \a row is one of the rows the view has.
    bool hasRow(int row) const { return row >= 0 && row < rowCount(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSortable(int column) const { return !sortField(column).isEmpty(); }
    /// The API's sort argument of the sort in force ("-created"); empty when the column
    /// cannot be sorted (the server's default order).
    QString sortArgument() const;

    /// Whose rows: Scope::company(), Scope::user(id) or Scope::me(). A user scope without an
    /// id requests nothing. Applies at once.
    void setScope(const Scope &scope);
    Scope scope() const { return m_scope; }

    /// Locale of numbers and dates in DisplayRole (default: QLocale() when the model was made).
    void setDisplayLocale(const QLocale &locale);
    QLocale displayLocale() const { return m_locale; }
    /// Time zone of the dates shown (default: the system's).
    QTimeZone displayTimeZone() const { return m_zone; }
    void setColors(const Colors &colors);
    const Colors &colors() const { return m_colors; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// The subclass's column count (its Column enum's ColumnCount); 0 for a valid parent.
    int columnCount(const QModelIndex &parent = QModelIndex()) const final;
    /// The horizontal header: columnHeader() (DisplayRole), columnSample() (SampleTextRole),
    /// numeric columns right-aligned, and a tooltip on columns the server cannot sort by.
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Read-only rows: selectable, enabled, no children.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Server-side sort: a new query. A column that cannot be sorted leaves the sort as it is
    /// (sortChanged() still tells the view which sort is in force).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    /// The ingest path every page takes: decodes \a body (a JSON array) into the rows if it is
    /// the next page of generation \a generation, stages them and updates the total and the
    /// "complete" state. A page of another generation or out of order is ignored (false). A
    /// body that does not decode fails the load like a network error: loadFailed() with an
    /// ApiError of kind MalformedBody naming the member, and no row of the page is kept.
    bool ingestPage(quint64 generation, int page, const QByteArray &body, const PageInfo &info,
        const QString &host = QString());

public Q_SLOTS:
    /// Shows staged rows now instead of at the next flush.
    void flushStagedRows();
    /// Drops the rows and loads the current query again from page 0.
    void reload();
    /// After loadFailed(): requests the page that failed again.
    void retry();

Q_SIGNALS:
    void loadedCountChanged(int count);
    void totalCountChanged(qint64 total);
    void loadingChanged(bool loading);
    void completeChanged(bool complete);
    /// A page request or its decoding failed (never for canceled or superseded requests).
    void loadFailed(const ApiError &error);
    void sortChanged(int column, Qt::SortOrder order);
    /// The rows were dropped for a new query (emitted after modelReset()).
    void queryReset();
    /// A new filter or scope took effect (after queryReset()).
    void queryApplied();

protected:
    /// \a columnCount: the subclass's ColumnCount.
    PagedTableModel(int columnCount, ApiClient *client, QObject *parent);

    /// What a model says of one of its columns, in one place.
    struct ColumnInfo
    {
        /// The header's text (also the CSV header).
        QString title;
        /// The widest text the column typically shows (SampleTextRole); empty when its title
        /// is wider anyway.
        QString sample;
        /// The API's sort field ("created"); empty when the server cannot sort by it.
        QString sortField = QString();
        /// Numbers: right-aligned, the header too.
        bool numeric = false;
    };
    /// The description of \a column (0 .. columnCount() - 1).
    virtual ColumnInfo columnInfo(int column) const = 0;
    /// columnInfo(), kept until the display locale changes (data() asks it for every cell).
    const ColumnInfo &column(int column) const;
    /// Qt::TextAlignmentRole of a cell of \a column: right for numbers, else the default.
    QVariant alignment(int column) const;
    /// The longest of \a texts (a sample of a column of names).
    static QString longest(const QStringList &texts);

    /// Starts GET of page \a page (0-based) of \a size documents with \a sort ("-created";
    /// empty: the server's default), or returns nullptr when the current query cannot be
    /// requested. Pass \a supersedeKey on to the ApiClient call.
    virtual ApiReply *requestPage(
        ApiClient *client, int page, int size, const QString &sort, const QString &supersedeKey)
        = 0;
    /// The API's sort field for a column ("created"); empty when the column is not sortable.
    QString sortField(int column) const;
    /// Decodes a page body and appends all its rows to the storage, or none (false, \a error
    /// set).
    virtual bool appendPage(const QByteArray &body, DecodeError *error) = 0;
    /// Rows in the storage, staged ones included.
    virtual int storedRowCount() const = 0;
    /// Frees every row (called inside a model reset).
    virtual void clearRows() = 0;

    /// For subclass constructors: the sort in force before any sort() call.
    void setInitialSort(int column, Qt::SortOrder order);
    /// For subclass constructors: the scope before any setScope() call.
    void setInitialScope(const Scope &scope) { m_scope = scope; }
    /// A filter changed: prepareQuery(), then a new query from page 0, then queryApplied().
    void applyQuery();
    /// Makes the query ready to be sent (a search text typed so far, dates resolved).
    virtual void prepareQuery() { }
    /// Shows the dates in \a zone from now on.
    void setDisplayTimeZone(const QTimeZone &zone);
    /// A date of the rows (NoTime: empty) in the display locale and time zone.
    QString dateTimeText(qint64 msecs, QLocale::FormatType format = QLocale::ShortFormat) const;
    /// The day of a date of the rows (NoTime: empty), in the display time zone.
    QString dayText(qint64 msecs, QLocale::FormatType format = QLocale::ShortFormat) const;
    /// A date of the rows as RawValueRole gives it: a QDateTime in UTC, nothing for NoTime.
    static QVariant utcDateTime(qint64 msecs);
    /// The widest date and day texts the display locale writes (SampleTextRole).
    QString sampleDateTimeText() const;
    QString sampleDayText() const;
    /// dataChanged() of \a roles for every row shown, in every column.
    void emitAllRowsChanged(const QList<int> &roles);
    /// A new query: drops the rows (one model reset) and, when \a fetch and a client is set,
    /// requests page 0 at once.
    void restart(bool fetch = true);

private:
    void requestNextPage();
    void onPageFinished(quint64 generation, int page, const ApiReply &reply);
    void abortInFlight();
    void stageRows();
    void fail(const ApiError &error);
    void setTotal(qint64 total);
    void setExhausted(bool exhausted);
    QString supersedeKey() const;

    const int m_columnCount;
    Scope m_scope;
    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    quint64 m_generation = 1;
    int m_pageSize = 0; ///< 0: follow s_defaultPageSize
    int m_queryPageSize = DefaultPageSize;
    int m_nextPage = 0;
    int m_visibleRows = 0;
    qint64 m_total = -1;
    bool m_exhausted = false;
    bool m_failed = false;
    ApiError m_error;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_flushIntervalMs = DefaultFlushIntervalMs;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
    QLocale m_locale;
    QString m_shortDateTimeFormat;
    QTimeZone m_zone;
    bool m_zoneIsSystem = true;
    Colors m_colors;
    mutable QList<ColumnInfo> m_columnInfo;

    static int s_defaultPageSize;
};
