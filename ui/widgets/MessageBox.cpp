// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/MessageBox.h"

#include <QPushButton>

namespace {
// GUI thread only.
MessageBox::Button nextAnswer = QMessageBox::NoButton;
QString lastAsked;
int asked = 0;
} // namespace

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
    const QString &text, Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
    Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
    Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button button)
{
    nextAnswer = button;
}

QString MessageBox::lastText()
{
    return lastAsked;
}

int MessageBox::count()
{
    return asked;
}

void MessageBox::resetCount()
{
    asked = 0;
}

bool MessageBox::confirmDestructive(
    QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    if (const Button answer = answerInAdvance(text); answer != QMessageBox::NoButton)
        return answer == QMessageBox::Yes;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *confirm = box.addButton(action, QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("messageBoxConfirm"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

MessageBox::Button MessageBox::answerInAdvance(const QString &text)
{
    lastAsked = text;
    ++asked;
    const Button answer = nextAnswer;
    nextAnswer = QMessageBox::NoButton;
    return answer;
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
    const QString &text, Buttons buttons, Button defaultButton)
{
    if (const Button answer = answerInAdvance(text); answer != QMessageBox::NoButton)
        return answer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return Button(box.exec());
}
