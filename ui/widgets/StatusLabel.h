// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLabel>

/// A label whose text changes while the app runs (a count, a total, the date range in force,
/// how some work ended, the status bar's parts, a message):
/// - a long text never widens the window: the label asks for little width; on one line the
///   text is elided to the width it gets, whole in its tooltip; with setWordWrap(true) it
///   wraps, and only a single word longer than the width is cut;
/// - screen readers read the text itself (the accessible name is the text, announced when it
///   changes), and what the label is as its accessible description ("Orders summary").
///
/// text() stays the whole text.
class StatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLabel)

public:
    explicit StatusLabel(QWidget *parent = nullptr);
    ~StatusLabel() override;

    /// What the label shows, for screen readers ("Orders summary").
    void setPurpose(const QString &purpose) { setAccessibleDescription(purpose); }
    /// Whether the text is cut short at the label's present width.
    bool isElided() const;

    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString oneLine() const;
};
