// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class StatusLabel;

/// What the main window shows instead of a page while there is no usable connection: a
/// welcome on first run, "connecting…", or why connecting failed, with the buttons that
/// help (Retry, Connections…).
class ConnectionStatusView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusView)

public:
    explicit ConnectionStatusView(QWidget *parent = nullptr);
    ~ConnectionStatusView() override;

    /// \a showRetry offers Retry; the Connections… button is always there.
    void showStatus(const QString &heading, const QString &text, bool showRetry);

    QString heading() const;
    QString text() const;

Q_SIGNALS:
    void retryRequested();
    void manageRequested();

private:
    QLabel *m_icon;
    StatusLabel *m_heading;
    StatusLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_manage;
};
