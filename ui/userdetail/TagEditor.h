// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

/// A token editor for a user's tags: one chip per tag and a line edit for the next one, which
/// completes from the company's known tags.
///
/// Keyboard: Enter or a comma adds the text as a tag (so does leaving the field); Backspace in
/// an empty field removes the last tag; Left at the start of the field selects the last chip,
/// Left/Right move the selection, Delete or Backspace removes the selected chip, Escape or
/// typing drops the selection. A click on a chip removes it.
class TagEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagEditor)

public:
    explicit TagEditor(QWidget *parent = nullptr);
    ~TagEditor() override;

    QStringList tags() const { return m_tags; }
    /// Replaces the chips; emits nothing.
    void setTags(const QStringList &tags);
    /// Tags offered for completion (most used first).
    void setKnownTags(const QStringList &tags);
    QStringList knownTags() const;

    /// Adds \a text as a tag (trimmed; commas and duplicates dropped). False when nothing
    /// was added.
    bool addTag(const QString &text);
    void removeTag(int index);
    /// Adds what is typed in the field, if anything (before a save, say).
    void commitPending();

    QLineEdit *lineEdit() const { return m_line; }
    QCompleter *completer() const { return m_completer; }
    /// The chip selected with the arrow keys, or -1.
    int selectedIndex() const { return m_selected; }
    /// The chip of tag \a index (tests, accessibility).
    QToolButton *chip(int index) const;

    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// The staff member changed the tags.
    void tagsEdited(const QStringList &tags);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildChips();
    void select(int index);
    void emitEdited();

    QStringList m_tags;
    QList<QToolButton *> m_chips;
    QLineEdit *m_line;
    QCompleter *m_completer;
    QStringListModel *m_known;
    int m_selected = -1;
    bool m_readOnly = false;
};
