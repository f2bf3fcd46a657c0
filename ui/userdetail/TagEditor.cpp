// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/TagEditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace {

/// Lays its items out left to right and wraps them onto the next line when the width runs
/// out; the last item (the line edit) takes the rest of its line.
class WrappingLayout final : public QLayout
{
public:
    explicit WrappingLayout(QWidget *parent) : QLayout(parent) { }
    ~WrappingLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    /// Inserts before the last item.
    void insertBeforeLast(QWidget *widget)
    {
        addChildWidget(widget);
        m_items.insert(qMax(0, int(m_items.size()) - 1), new QWidgetItem(widget));
        invalidate();
    }

    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        const QMargins margins = contentsMargins();
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
    }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }

private:
    int arrange(const QRect &rect, bool apply) const
    {
        const QRect area = rect.marginsRemoved(contentsMargins());
        const int gap = spacing() >= 0 ? spacing() : 4;
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            QLayoutItem *item = m_items.at(i);
            const bool last = i == m_items.size() - 1;
            QSize hint = item->sizeHint();
            if (last)
                hint.setWidth(qMax(item->minimumSize().width(), 120));
            if (x + hint.width() > area.right() + 1 && lineHeight > 0) {
                x = area.x();
                y += lineHeight + gap;
                lineHeight = 0;
            }
            if (last)
                hint.setWidth(qMax(hint.width(), area.right() + 1 - x));
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap;
            lineHeight = qMax(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + contentsMargins().bottom();
    }

    QList<QLayoutItem *> m_items;
};

QString cleanTag(const QString &text)
{
    QString tag = text;
    tag.remove(QLatin1Char(','));
    return tag.simplified();
}

} // namespace

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_known(new QStringListModel(this))
{
    setObjectName(QStringLiteral("tagEditor"));
    setAccessibleName(tr("Tags"));
    m_line->setObjectName(QStringLiteral("tagInput"));
    m_line->setAccessibleName(tr("Tags"));
    m_line->setAccessibleDescription(
        tr("Type a tag and press Enter or a comma to add it. Backspace removes the last tag; "
           "Left selects a tag, Delete removes it."));
    m_line->setPlaceholderText(tr("Add a tag…"));
    m_line->setFrame(false);
    m_line->installEventFilter(this);
    // A label's mnemonic focuses the editor, which hands the focus to its field.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_line);

    m_completer->setModel(m_known);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setObjectName(QStringLiteral("tagCompletions"));
    m_completer->popup()->setAccessibleName(tr("Known tags"));
    m_line->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        [this](const QString &text) {
            // The completer writes the text into the field after this signal: add it once
            // that has happened.
            QTimer::singleShot(0, this, [this, text] {
                if (addTag(text))
                    m_line->clear();
            });
        });
    connect(m_line, &QLineEdit::textEdited, this, [this] { select(-1); });
    connect(m_line, &QLineEdit::editingFinished, this, [this] {
        if (!m_line->hasFocus())
            commitPending();
    });

    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new WrappingLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(4);
    layout->addWidget(m_line);
}

TagEditor::~TagEditor()
{
    // The line edit outlives this part of the object: no focus-out may reach it now.
    m_line->removeEventFilter(this);
    m_line->disconnect(this);
}

void TagEditor::setTags(const QStringList &tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    m_selected = -1;
    rebuildChips();
}

void TagEditor::setKnownTags(const QStringList &tags)
{
    m_known->setStringList(tags);
}

QStringList TagEditor::knownTags() const
{
    return m_known->stringList();
}

bool TagEditor::addTag(const QString &text)
{
    const QString tag = cleanTag(text);
    if (tag.isEmpty() || m_readOnly)
        return false;
    if (m_tags.contains(tag))
        return true; // already there: the text is used up all the same
    m_tags.append(tag);
    rebuildChips();
    emitEdited();
    return true;
}

void TagEditor::removeTag(int index)
{
    if (index < 0 || index >= m_tags.size() || m_readOnly)
        return;
    m_tags.removeAt(index);
    if (m_selected >= m_tags.size())
        m_selected = int(m_tags.size()) - 1;
    rebuildChips();
    emitEdited();
}

void TagEditor::commitPending()
{
    if (!m_line->text().trimmed().isEmpty() && addTag(m_line->text()))
        m_line->clear();
}

QToolButton *TagEditor::chip(int index) const
{
    return m_chips.value(index);
}

void TagEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_line->setReadOnly(readOnly);
    for (QToolButton *chip : std::as_const(m_chips))
        chip->setEnabled(!readOnly);
}

void TagEditor::emitEdited()
{
    Q_EMIT tagsEdited(m_tags);
}

void TagEditor::rebuildChips()
{
    auto *wrapping = static_cast<WrappingLayout *>(layout());
    qDeleteAll(m_chips);
    m_chips.clear();
    for (int i = 0; i < m_tags.size(); ++i) {
        const QString tag = m_tags.at(i);
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setText(tr("%1 ✕").arg(tag));
        chip->setToolTip(tr("Remove the tag “%1”").arg(tag));
        chip->setAccessibleName(tr("Tag %1").arg(tag));
        chip->setAccessibleDescription(tr("Press to remove the tag"));
        chip->setCheckable(true);
        chip->setChecked(i == m_selected);
        chip->setAutoRaise(false);
        chip->setEnabled(!m_readOnly);
        // Reached with the arrow keys from the field, so the Tab order stays short.
        chip->setFocusPolicy(Qt::NoFocus);
        connect(chip, &QToolButton::clicked, this, [this, chip] {
            const int index = int(m_chips.indexOf(chip));
            // Deleting the chip inside its own clicked() is not safe: do it right after.
            QTimer::singleShot(0, this, [this, index] { removeTag(index); });
        });
        wrapping->insertBeforeLast(chip);
        m_chips.append(chip);
    }
    updateGeometry();
}

void TagEditor::select(int index)
{
    if (index >= m_tags.size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    for (int i = 0; i < m_chips.size(); ++i)
        m_chips.at(i)->setChecked(i == m_selected);
    m_line->setAccessibleDescription(m_selected >= 0
            ? tr("Tag %1 selected: Delete removes it.").arg(m_tags.at(m_selected))
            : tr("Type a tag and press Enter or a comma to add it. Backspace removes the last "
                 "tag; Left selects a tag, Delete removes it."));
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_line)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut) {
        select(-1);
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool atStart = m_line->cursorPosition() == 0 && !m_line->hasSelectedText();
    const bool popupOpen = m_completer->popup() && m_completer->popup()->isVisible();
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (popupOpen)
            return false;
        if (m_line->text().trimmed().isEmpty())
            return false; // let the dialog or form have Enter
        commitPending();
        return true;
    case Qt::Key_Comma:
        commitPending();
        return true;
    case Qt::Key_Backspace:
        if (m_selected >= 0) {
            const int index = m_selected;
            m_selected = index > 0 ? index - 1 : -1;
            removeTag(index);
            select(m_tags.isEmpty() ? -1 : m_selected);
            return true;
        }
        if (m_line->text().isEmpty() && !m_tags.isEmpty()) {
            removeTag(int(m_tags.size()) - 1);
            return true;
        }
        return false;
    case Qt::Key_Delete:
        if (m_selected >= 0) {
            const int index = m_selected;
            removeTag(index);
            m_selected = -1;
            select(index < m_tags.size() ? index : int(m_tags.size()) - 1);
            return true;
        }
        return false;
    case Qt::Key_Left:
        if (key->modifiers() != Qt::NoModifier)
            return false;
        if (m_selected > 0) {
            select(m_selected - 1);
            return true;
        }
        if (m_selected == 0)
            return true;
        if (atStart && !m_tags.isEmpty()) {
            select(int(m_tags.size()) - 1);
            return true;
        }
        return false;
    case Qt::Key_Right:
        if (m_selected >= 0 && key->modifiers() == Qt::NoModifier) {
            select(m_selected + 1 < m_tags.size() ? m_selected + 1 : -1);
            return true;
        }
        return false;
    case Qt::Key_Escape:
        if (m_selected >= 0) {
            select(-1);
            return true;
        }
        return false;
    default:
        if (!key->text().isEmpty())
            select(-1);
        return false;
    }
}
