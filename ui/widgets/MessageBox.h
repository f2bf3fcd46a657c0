// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMessageBox>
#include <QString>

/// Every message box and confirmation of the app goes through here, so tests can answer it in
/// advance (setNextAnswer()) instead of blocking on a modal dialog. Modelled on KeePassXC's
/// MessageBox.
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    MessageBox() = delete;

    /// Asks a question; returns the button pressed (or the next answer set by a test).
    static Button question(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Yes | QMessageBox::No,
        Button defaultButton = QMessageBox::No);
    static Button information(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    /// A question about something that cannot be undone (icon: warning).
    static Button warning(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    /// Asks before something that cannot be undone. The button that does it says what it
    /// does (\a action: "Delete User"), Cancel is the default (Enter and Escape cancel). True
    /// when \a action was chosen; a test's next answer QMessageBox::Yes stands for it.
    static bool confirmDestructive(
        QWidget *parent, const QString &title, const QString &text, const QString &action);

    /// Tests: the next message box is not shown and returns \a button instead.
    static void setNextAnswer(Button button);
    /// Tests: the text of the last message box asked (shown or answered in advance).
    static QString lastText();
    /// Tests: how many message boxes were asked since the last call to resetCount().
    static int count();
    static void resetCount();

private:
    /// Records the question; returns the test's answer, or NoButton when it is to be shown.
    static Button answerInAdvance(const QString &text);
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
        const QString &text, Buttons buttons, Button defaultButton);
};
