// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/StatusFilterButton.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>

namespace {

/// A menu that stays open when an entry is toggled, so several can be chosen in a row.
class StickyMenu final : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QAction *action = activeAction();
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        QAction *action = activeAction();
        if (event->key() == Qt::Key_Space && action && action->isCheckable()) {
            action->trigger();
            return;
        }
        QMenu::keyPressEvent(event);
    }
};

} // namespace

StatusFilterButton::StatusFilterButton(
    const QString &label, const QStringList &knownValues, NameFunction name, QWidget *parent)
    : MenuButton(parent)
    , m_label(label)
    , m_known(knownValues)
    , m_name(std::move(name))
    , m_menu(new StickyMenu(this))
{
    setMenu(m_menu);
    QString plain = label;
    plain.remove(QLatin1Char('&'));
    setAccessibleName(plain);

    m_any = m_menu->addAction(tr("Any"));
    m_any->setObjectName(QStringLiteral("any"));
    m_any->setCheckable(true);
    m_any->setChecked(true);
    connect(m_any, &QAction::triggered, this, [this] {
        if (m_updating)
            return;
        m_updating = true;
        for (QAction *action : std::as_const(m_actions))
            action->setChecked(false);
        m_any->setChecked(true);
        m_updating = false;
        updateText();
        Q_EMIT selectionChanged(selected());
    });
    m_menu->addSeparator();
    for (const QString &value : knownValues)
        addValue(value);
    updateText();
}

StatusFilterButton::~StatusFilterButton() = default;

QStringList StatusFilterButton::selected() const
{
    QStringList values;
    for (int i = 0; i < m_actions.size(); ++i) {
        if (m_actions.at(i)->isChecked())
            values.append(m_values.at(i));
    }
    return values;
}

void StatusFilterButton::setSelected(const QStringList &values)
{
    for (const QString &value : values) {
        if (!m_values.contains(value))
            addValue(value);
    }
    m_updating = true;
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions.at(i)->setChecked(values.contains(m_values.at(i)));
    m_any->setChecked(values.isEmpty());
    m_updating = false;
    updateText();
}

void StatusFilterButton::addValues(const QStringList &values)
{
    for (const QString &value : values) {
        if (!value.isEmpty() && !m_values.contains(value))
            addValue(value);
    }
}

QAction *StatusFilterButton::actionFor(const QString &value) const
{
    const qsizetype index = m_values.indexOf(value);
    return index < 0 ? nullptr : m_actions.at(index);
}

void StatusFilterButton::addValue(const QString &value)
{
    const QString text = m_name ? m_name(value) : value;
    // Known values read as words; others are shown exactly as the server sent them.
    auto *action = m_menu->addAction(text);
    action->setCheckable(true);
    action->setObjectName(value);
    if (text != value)
        action->setToolTip(value);
    connect(action, &QAction::toggled, this, &StatusFilterButton::onToggled);
    m_values.append(value);
    m_actions.append(action);
}

void StatusFilterButton::onToggled()
{
    if (m_updating)
        return;
    m_updating = true;
    m_any->setChecked(selected().isEmpty());
    m_updating = false;
    updateText();
    Q_EMIT selectionChanged(selected());
}

void StatusFilterButton::updateText()
{
    const QStringList chosen = selected();
    QString summary;
    if (chosen.isEmpty()) {
        summary = tr("any");
    } else if (chosen.size() <= 2) {
        QStringList names;
        for (const QString &value : chosen)
            names.append(m_name ? m_name(value) : value);
        summary = names.join(tr(", "));
    } else {
        summary = tr("%n chosen", nullptr, int(chosen.size()));
    }
    //: A filter button: "Status: Failed, Canceled"
    setText(tr("%1: %2").arg(m_label, summary));
    setAccessibleDescription(tr("%1: %2").arg(accessibleName(), summary));
}
