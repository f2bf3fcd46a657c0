// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/domain/OrderFilter.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class StatusLabel;
class QSettings;
class StatusFilterButton;

/// The filter of an orders list, shared by the Orders page and a customer's Orders tab:
/// - the date range: a preset (Today ... All time, or Custom range) and From/To dates with
///   calendar pop-ups, whole days in the staff member's time zone, both ends included; which
///   date it applies to (created, modified, delivery time). The range in force is always
///   written out ("Last 7 days: 21.11.2026 – 27.11.2026"), with the same range in UTC as its
///   tooltip;
/// - order status and delivery status, each a multi-select (StatusFilterButton);
/// - deleted orders or not.
/// The filter is saved in QSettings under its key ("orders/page", "orders/userTab") at every
/// change and read back when the bar is made; a preset stays a preset, so "Last 7 days" means
/// the last seven days whenever it is read. "Today" comes from the app's Clock.
///
/// - a search (setSearchEnabled(), the Orders page): an order number, a customer's name or
///   email, sent SearchDelayMs after the last key (a newer text supersedes the request of an
///   older one); Escape clears it, Down moves to the list. The date range does not apply
///   while searching.
/// Keyboard: every control is in the tab order and has a mnemonic (Alt+D dates, Alt+M from,
/// Alt+T to, Alt+B date field, Alt+S status, Alt+L delivery, Alt+E deleted); focusDateRange() puts
/// the focus on the preset list (Ctrl+L on the pages).
class OrderFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilterBar)

public:
    /// Date edits apply this long after the last change (typing a date digit by digit).
    static constexpr int DateEditDelayMs = 400;
    /// The search applies this long after the last key (Enter applies at once).
    static constexpr int SearchDelayMs = 300;

    /// Whether a bar with nothing saved starts with the staff member's preferred date range.
    enum class Preference { Follow, Ignore };

    /// \a settings may be nullptr (nothing saved); it must outlive the bar. \a fallback is the
    /// filter when nothing is saved under \a settingsKey yet; with Preference::Follow, with
    /// the preferred date range ("preferences/defaultDatePreset", see OrderFilter::initial())
    /// when one is set.
    OrderFilterBar(QSettings *settings, const QString &settingsKey,
        const OrderFilter &fallback = OrderFilter(), Preference preference = Preference::Follow,
        QWidget *parent = nullptr);
    ~OrderFilterBar() override;

    OrderFilter filter() const { return m_filter; }
    /// Shows \a filter, saves it and emits filterChanged() when it differs.
    void setFilter(const OrderFilter &filter);
    QString settingsKey() const { return m_key; }

    QTimeZone timeZone() const { return m_zone; }
    /// The staff member's time zone (default: the system's).
    void setTimeZone(const QTimeZone &zone);
    /// Today in timeZone(), from the app's Clock.
    QDate today() const;
    /// The range in force as shown ("Last 7 days: ..."), and in UTC (its tooltip).
    QString rangeText() const;
    QString rangeUtcText() const;
    /// Describes the range again (a new day may have begun).
    void refreshRangeText();

    /// Lists status values seen in the data that the menus do not list yet.
    void addSeenStatuses(const QStringList &orderStatuses, const QStringList &deliveryStatuses);
    /// Puts the focus on the preset list.
    void focusDateRange();
    /// Shows the search field (every customer's orders only; off by default).
    void setSearchEnabled(bool enabled);
    bool isSearchEnabled() const;
    /// Puts the focus on the search field, its text selected.
    void focusSearch();

    // The controls (tests drive them like a person would).
    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *dateFieldBox() const { return m_dateField; }
    StatusFilterButton *orderStatusButton() const { return m_orderStatus; }
    StatusFilterButton *deliveryStatusButton() const { return m_deliveryStatus; }
    QCheckBox *includeDeletedBox() const { return m_includeDeleted; }
    QLineEdit *searchField() const { return m_search; }
    /// The range in force, in words; screen readers read it (see StatusLabel).
    StatusLabel *rangeLabel() const { return m_rangeLabel; }

Q_SIGNALS:
    void filterChanged(const OrderFilter &filter);
    /// Down in the search field: the list should take the focus.
    void listFocusRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void showFilter();
    void showRangeDates();
    void apply(const OrderFilter &filter);
    void onPresetChosen(int index);
    void onDatesEdited();
    void applySearch();

    QSettings *m_settings;
    QString m_key;
    OrderFilter m_filter;
    QTimeZone m_zone;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_dateField = nullptr;
    StatusFilterButton *m_orderStatus = nullptr;
    StatusFilterButton *m_deliveryStatus = nullptr;
    QCheckBox *m_includeDeleted = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchLabel = nullptr;
    QTimer m_searchTimer;
    StatusLabel *m_rangeLabel = nullptr;
    QTimer m_dateTimer;
    bool m_updating = false;
};
