// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QPushButton;
class QToolButton;
class StatusLabel;

/// The non-modal message strip at the top of the main window: a failed load, rejected
/// credentials, a token about to expire. One message at a time (the newest wins), with an
/// optional action button (Retry, Sign In Again...) and Dismiss. Never a modal dialog, so
/// work in the page below can go on.
class ErrorBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    enum class Level { Information, Warning, Error };
    Q_ENUM(Level)

    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    /// Shows \a text; when \a actionText is not empty, a button runs \a action (and hides
    /// the banner first, so a failing action can show its own message).
    void showMessage(Level level, const QString &text, const QString &actionText = QString(),
        const std::function<void()> &action = {});
    void dismiss();

    bool isShowing() const { return !isHidden(); }
    Level level() const { return m_level; }
    QString text() const;
    QString actionText() const;
    /// The colours the level is drawn in on the current palette (a tint of the level's colour,
    /// and text chosen for contrast with it).
    QColor backgroundColour() const { return m_background; }
    QColor textColour() const { return m_textColour; }

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLevel();

    Level m_level = Level::Error;
    QFrame *m_frame;
    QLabel *m_icon;
    StatusLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_dismiss;
    std::function<void()> m_callback;
    QColor m_background;
    QColor m_textColour;
};
