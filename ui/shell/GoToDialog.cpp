// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/GoToDialog.h"

#include "api/ApiClient.h"
#include "models/items/GoToModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

GoToDialog::GoToDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(new GoToModel(this))
    , m_edit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("goToDialog"));
    setWindowTitle(tr("Go To"));
    setAccessibleName(tr("Go to an order or a customer"));

    m_edit->setObjectName(QStringLiteral("goToEdit"));
    m_edit->setAccessibleName(tr("Order number, customer ID, id, email or phone"));
    m_edit->setPlaceholderText(tr("Order number, customer ID, id, email or phone"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 48);
    m_edit->installEventFilter(this);
    auto *label = new QLabel(tr("&Go to:"), this);
    label->setBuddy(m_edit);

    m_list->setObjectName(QStringLiteral("goToList"));
    m_list->setAccessibleName(tr("Matching customers and orders"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->installEventFilter(this);
    m_list->hide();
    connect(m_list, &QListView::activated, this,
        [this](const QModelIndex &index) { openRow(index.row()); });

    m_status->setObjectName(QStringLiteral("goToStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setText(tr("Enter looks it up."));

    connect(m_model, &GoToModel::finished, this, &GoToDialog::onFinished);
    // A changed text is looked up again on Enter.
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        if (m_list->isVisible() && m_edit->text().trimmed() != m_lookedUp)
            m_list->hide();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    setTabOrder(m_edit, m_list);
    m_edit->setFocus();
}

GoToDialog::~GoToDialog() = default;

QString GoToDialog::statusText() const
{
    return m_status->text();
}

void GoToDialog::lookUp()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    m_lookedUp = text;
    m_status->setText(tr("Looking up “%1”…").arg(text));
    m_model->search(m_client, text);
}

void GoToDialog::onFinished()
{
    const int count = m_model->rowCount();
    const int single = m_model->single();
    if (single >= 0) {
        openRow(single);
        return;
    }
    if (count == 0) {
        m_list->hide();
        m_status->setText(m_model->lastError().isError()
                ? tr("Could not look it up: %1").arg(m_model->lastError().message())
                : tr("Nothing found for “%1”.").arg(m_model->text()));
        return;
    }
    m_status->setText(tr("%Ln match(es): Up and Down choose, Enter opens.", nullptr, count));
    m_list->show();
    m_list->setCurrentIndex(m_model->index(0, 0));
    m_list->setFocus(Qt::OtherFocusReason);
}

void GoToDialog::openRow(int row)
{
    const GoToHit hit = m_model->hit(row);
    if (hit.id.isEmpty())
        return;
    accept();
    if (hit.kind == GoToHit::Kind::Order)
        Q_EMIT openOrderRequested(hit.id, hit.humanId);
    else
        Q_EMIT openCustomerRequested(hit.id);
}

bool GoToDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_edit) {
            if (enter) {
                if (m_list->isVisible() && m_edit->text().trimmed() == m_lookedUp)
                    openRow(m_list->currentIndex().row());
                else
                    lookUp();
                return true;
            }
            if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_list->isVisible()) {
                m_list->setFocus(Qt::OtherFocusReason);
                QCoreApplication::sendEvent(m_list, event);
                return true;
            }
        } else if (watched == m_list && enter && m_list->currentIndex().isValid()) {
            openRow(m_list->currentIndex().row());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
