// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/orders/OrderFilterBar.h"

#include "models/Clock.h"
#include "ui/widgets/StatusFilterButton.h"
#include "ui/widgets/StatusLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace {

/// The date an edit shows for an open end ("any").
const QDate OpenEnd(1970, 1, 1);

constexpr int CustomIndexData = int(DateRange::Preset::Custom);

} // namespace

OrderFilterBar::OrderFilterBar(QSettings *settings, const QString &settingsKey,
    const OrderFilter &fallback, Preference preference, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_key(settingsKey), m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("orderFilterBar"));
    if (!m_settings)
        m_filter = fallback;
    else if (preference == Preference::Follow)
        m_filter = OrderFilter::initial(*m_settings, m_key, fallback);
    else
        m_filter = OrderFilter::load(*m_settings, m_key, fallback);
    m_dateTimer.setSingleShot(true);
    m_dateTimer.setInterval(DateEditDelayMs);
    connect(&m_dateTimer, &QTimer::timeout, this, &OrderFilterBar::onDatesEdited);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &OrderFilterBar::applySearch);
    createWidgets();
    showFilter();
}

OrderFilterBar::~OrderFilterBar() = default;

void OrderFilterBar::createWidgets()
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("orderFilterPreset"));
    m_preset->setAccessibleName(tr("Date range"));
    for (const DateRange::Preset preset : DateRange::presets())
        m_preset->addItem(DateRange::presetName(preset), int(preset));
    m_preset->addItem(DateRange::presetName(DateRange::Preset::Custom), CustomIndexData);
    connect(m_preset, &QComboBox::activated, this, &OrderFilterBar::onPresetChosen);
    auto *presetLabel = new QLabel(tr("&Dates:"), this);
    presetLabel->setBuddy(m_preset);

    auto makeDateEdit = [this](const QString &objectName, const QString &accessibleName) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(OpenEnd);
        edit->setMaximumDate(QDate(9999, 12, 31));
        //: A date edit's text when that end of the range is open
        edit->setSpecialValueText(tr("any"));
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy")); // never two-digit years
        edit->setDisplayFormat(format);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating)
                m_dateTimer.start();
        });
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_dateTimer.isActive()) {
                m_dateTimer.stop();
                onDatesEdited();
            }
        });
        return edit;
    };
    m_from = makeDateEdit(QStringLiteral("orderFilterFrom"), tr("From date"));
    m_from->setToolTip(tr("First day, included"));
    m_to = makeDateEdit(QStringLiteral("orderFilterTo"), tr("To date"));
    m_to->setToolTip(tr("Last day, included"));
    auto *fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);

    m_dateField = new QComboBox(this);
    m_dateField->setObjectName(QStringLiteral("orderFilterDateField"));
    m_dateField->setAccessibleName(tr("Date the range applies to"));
    for (const DateField field : {DateField::Created, DateField::Modified, DateField::DeliveryTime})
        m_dateField->addItem(dateFieldName(field), int(field));
    connect(m_dateField, &QComboBox::activated, this, [this](int index) {
        OrderFilter filter = m_filter;
        filter.dateField = DateField(m_dateField->itemData(index).toInt());
        apply(filter);
    });
    auto *fieldLabel = new QLabel(tr("&By:"), this);
    fieldLabel->setBuddy(m_dateField);
    fieldLabel->setToolTip(tr("Which date of an order the range applies to"));

    m_orderStatus = new StatusFilterButton(
        tr("&Status"), OrderFilter::knownOrderStatuses(), &OrderFilter::orderStatusName, this);
    m_orderStatus->setObjectName(QStringLiteral("orderFilterStatus"));
    m_orderStatus->setToolTip(tr("Show orders in any of the checked statuses"));
    connect(m_orderStatus, &StatusFilterButton::selectionChanged, this,
        [this](const QStringList &selected) {
            OrderFilter filter = m_filter;
            filter.orderStatuses = selected;
            apply(filter);
        });
    m_deliveryStatus = new StatusFilterButton(tr("De&livery"), OrderFilter::knownDeliveryStatuses(),
        &OrderFilter::deliveryStatusName, this);
    m_deliveryStatus->setObjectName(QStringLiteral("orderFilterDelivery"));
    m_deliveryStatus->setToolTip(tr("Show orders in any of the checked delivery statuses"));
    connect(m_deliveryStatus, &StatusFilterButton::selectionChanged, this,
        [this](const QStringList &selected) {
            OrderFilter filter = m_filter;
            filter.deliveryStatuses = selected;
            apply(filter);
        });

    m_includeDeleted = new QCheckBox(tr("Include d&eleted"), this);
    m_includeDeleted->setObjectName(QStringLiteral("orderFilterDeleted"));
    m_includeDeleted->setAccessibleName(tr("Include deleted orders"));
    connect(m_includeDeleted, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_updating)
            return;
        OrderFilter filter = m_filter;
        filter.includeDeleted = checked;
        apply(filter);
    });

    // Its text ("Last 7 days: 21.11. – 27.11. (created)") is what screen readers read; the
    // description gives the same range in UTC.
    m_rangeLabel = new StatusLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("orderFilterRange"));
    m_rangeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderFilterSearch"));
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setAccessibleDescription(
        tr("Order number, or the customer's name or email; Escape clears"));
    m_search->setPlaceholderText(tr("Order number, customer name or email"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &OrderFilterBar::applySearch);
    // The clear button.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_updating)
            applySearch();
    });
    m_searchLabel = new QLabel(tr("Sea&rch:"), this);
    m_searchLabel->setBuddy(m_search);
    m_search->hide();
    m_searchLabel->hide();

    auto *search = new QHBoxLayout;
    search->setSpacing(6);
    search->addWidget(m_searchLabel);
    search->addWidget(m_search, 1);

    auto *dates = new QHBoxLayout;
    dates->setSpacing(6);
    dates->addWidget(presetLabel);
    dates->addWidget(m_preset);
    dates->addSpacing(8);
    dates->addWidget(fromLabel);
    dates->addWidget(m_from);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addSpacing(8);
    dates->addWidget(fieldLabel);
    dates->addWidget(m_dateField);
    dates->addStretch(1);

    auto *statuses = new QHBoxLayout;
    statuses->setSpacing(6);
    statuses->addWidget(m_orderStatus);
    statuses->addWidget(m_deliveryStatus);
    statuses->addWidget(m_includeDeleted);
    statuses->addSpacing(12);
    statuses->addWidget(m_rangeLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(search);
    layout->addLayout(dates);
    layout->addLayout(statuses);

    setTabOrder(m_search, m_preset);
    setTabOrder(m_preset, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_dateField);
    setTabOrder(m_dateField, m_orderStatus);
    setTabOrder(m_orderStatus, m_deliveryStatus);
    setTabOrder(m_deliveryStatus, m_includeDeleted);
}

QDate OrderFilterBar::today() const
{
    return Clock::today(m_zone);
}

void OrderFilterBar::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    showFilter();
}

void OrderFilterBar::setFilter(const OrderFilter &filter)
{
    apply(filter);
}

void OrderFilterBar::apply(const OrderFilter &filter)
{
    if (filter == m_filter) {
        showFilter();
        return;
    }
    m_filter = filter;
    if (m_settings)
        m_filter.save(*m_settings, m_key);
    showFilter();
    Q_EMIT filterChanged(m_filter);
}

void OrderFilterBar::showFilter()
{
    m_updating = true;
    const DateRange::Preset preset = m_filter.range.preset();
    const int presetIndex = m_preset->findData(int(preset));
    m_preset->setCurrentIndex(presetIndex < 0 ? m_preset->count() - 1 : presetIndex);
    showRangeDates();
    m_dateField->setCurrentIndex(qMax(0, m_dateField->findData(int(m_filter.dateField))));
    m_orderStatus->setSelected(m_filter.orderStatuses);
    m_deliveryStatus->setSelected(m_filter.deliveryStatuses);
    m_includeDeleted->setChecked(m_filter.includeDeleted);
    if (m_search->text().trimmed() != m_filter.search && !m_searchTimer.isActive())
        m_search->setText(m_filter.search);
    m_updating = false;
    refreshRangeText();
}

void OrderFilterBar::showRangeDates()
{
    const DateRange::Resolved days = m_filter.range.resolve(today(), m_zone);
    m_from->setDate(days.firstDay.isValid() ? days.firstDay : OpenEnd);
    m_to->setDate(days.lastDay.isValid() ? days.lastDay : OpenEnd);
}

QString OrderFilterBar::rangeText() const
{
    if (!m_filter.search.isEmpty())
        //: The Orders page while its search field has text
        return tr("Orders matching “%1”, any date").arg(m_filter.search);
    const QString range = m_filter.range.describe(today(), m_zone);
    if (m_filter.range.isAllTime())
        return range;
    // The range in force and the date it applies to: "Last 7 days: 21.11. – 27.11. (created)".
    switch (m_filter.dateField) {
    case DateField::Created:
        break;
    case DateField::Modified:
        return tr("%1 (modified)", "date range").arg(range);
    case DateField::DeliveryTime:
        return tr("%1 (delivery time)", "date range").arg(range);
    }
    return tr("%1 (created)", "date range").arg(range);
}

QString OrderFilterBar::rangeUtcText() const
{
    return m_filter.range.describeUtc(today(), m_zone);
}

void OrderFilterBar::refreshRangeText()
{
    m_rangeLabel->setText(rangeText());
    m_rangeLabel->setToolTip(rangeUtcText());
    m_rangeLabel->setAccessibleDescription(rangeUtcText());
    if (!m_dateTimer.isActive() && !m_from->hasFocus() && !m_to->hasFocus()) {
        const bool updating = m_updating;
        m_updating = true;
        showRangeDates();
        m_updating = updating;
    }
}

void OrderFilterBar::addSeenStatuses(
    const QStringList &orderStatuses, const QStringList &deliveryStatuses)
{
    m_orderStatus->addValues(orderStatuses);
    m_deliveryStatus->addValues(deliveryStatuses);
}

void OrderFilterBar::focusDateRange()
{
    m_preset->setFocus(Qt::ShortcutFocusReason);
}

void OrderFilterBar::onPresetChosen(int index)
{
    const auto preset = DateRange::Preset(m_preset->itemData(index).toInt());
    OrderFilter filter = m_filter;
    if (preset == DateRange::Preset::Custom) {
        // The days shown so far become the custom range, ready to be changed.
        const DateRange::Resolved days = m_filter.range.resolve(today(), m_zone);
        filter.range = DateRange::custom(days.firstDay, days.lastDay);
        if (filter.range.isAllTime() && m_filter.range.preset() == DateRange::Preset::Custom)
            return;
    } else {
        filter.range = DateRange::fromPreset(preset);
    }
    apply(filter);
}

void OrderFilterBar::onDatesEdited()
{
    const QDate from = m_from->date() == OpenEnd ? QDate() : m_from->date();
    const QDate to = m_to->date() == OpenEnd ? QDate() : m_to->date();
    const DateRange::Resolved current = m_filter.range.resolve(today(), m_zone);
    if (from == current.firstDay && to == current.lastDay)
        return;
    OrderFilter filter = m_filter;
    filter.range = DateRange::custom(from, to);
    apply(filter);
}

void OrderFilterBar::setSearchEnabled(bool enabled)
{
    m_search->setVisible(enabled);
    m_searchLabel->setVisible(enabled);
    if (!enabled && !m_filter.search.isEmpty()) {
        m_search->clear();
        applySearch();
    }
}

bool OrderFilterBar::isSearchEnabled() const
{
    return !m_search->isHidden();
}

void OrderFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrderFilterBar::applySearch()
{
    m_searchTimer.stop();
    OrderFilter filter = m_filter;
    filter.search = m_search->text().trimmed();
    apply(filter);
}

bool OrderFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
            return true;
        }
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            if (m_searchTimer.isActive())
                applySearch();
            Q_EMIT listFocusRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
