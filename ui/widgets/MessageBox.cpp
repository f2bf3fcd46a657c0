// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/MessageBox.h"

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

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
    const QString &text, Buttons buttons, Button defaultButton)
{
    lastAsked = text;
    ++asked;
    if (nextAnswer != QMessageBox::NoButton) {
        const Button answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return Button(box.exec());
}
