// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class Session;

/// Help ▸ About: the app's name, version and licence, the connection in use (profile and
/// server address, or "Not connected") and the Qt version. All text can be selected and
/// copied (for support tickets); the connection part follows the session while shown.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    /// The licence the app is distributed under (BUILTON_PACKAGE_LICENSE in
    /// cmake/BuiltOnPackaging.cmake; tst_mainwindow checks they agree).
    static QString licence() { return QStringLiteral("GPL-3.0-or-later"); }

    /// \a session must outlive the dialog.
    explicit AboutDialog(Session *session, QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// Everything the dialog says, one line per fact (what "Copy" would give).
    QString text() const;

private:
    void updateConnection();
    QLabel *addValue(const QString &objectName, const QString &accessibleName);

    Session *m_session;
    QLabel *m_version;
    QLabel *m_licence;
    QLabel *m_profile;
    QLabel *m_server;
    QLabel *m_qt;
};
