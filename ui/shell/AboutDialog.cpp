// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/AboutDialog.h"

#include "api/ConnectionProfile.h"
#include "api/Version.h"
#include "session/Session.h"
#include "ui/widgets/Icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtGlobal>

AboutDialog::AboutDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_version(addValue(QStringLiteral("aboutVersion"), tr("Version")))
    , m_licence(addValue(QStringLiteral("aboutLicence"), tr("Licence")))
    , m_profile(addValue(QStringLiteral("aboutConnection"), tr("Connection")))
    , m_server(addValue(QStringLiteral("aboutServer"), tr("Server")))
    , m_qt(addValue(QStringLiteral("aboutQtVersion"), tr("Qt version")))
{
    Q_ASSERT(m_session);
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(builtonApplicationName()));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(Icons::icon(Icons::Name::App).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(builtonApplicationName(), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    title->setFont(titleFont);

    auto *summary = new QLabel(
        tr("A desktop client for the support staff of shops built on the BuiltOn commerce API."),
        this);
    summary->setObjectName(QStringLiteral("aboutSummary"));
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_version->setText(builtonVersion());
    m_licence->setText(tr("%1 (GNU General Public License, version 3 or later)").arg(licence()));
    m_qt->setText(QString::fromLatin1(qVersion()) == QLatin1String(QT_VERSION_STR)
            ? QString::fromLatin1(qVersion())
            : tr("%1 (built with %2)")
                  .arg(QString::fromLatin1(qVersion()), QLatin1String(QT_VERSION_STR)));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Licence:"), m_licence);
    form->addRow(tr("Connection:"), m_profile);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Qt:"), m_qt);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("aboutClose"));
    close->setDefault(true);
    // Enter or Escape closes at once; Tab reaches the values to select and copy them.
    close->setFocus(Qt::OtherFocusReason);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    text->addLayout(form);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    connect(m_session, &Session::stateChanged, this, &AboutDialog::updateConnection);
    connect(m_session, &Session::profileChanged, this, &AboutDialog::updateConnection);
    updateConnection();
    setMinimumWidth(460);
}

AboutDialog::~AboutDialog() = default;

QLabel *AboutDialog::addValue(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Reachable by Tab, so the text can be selected and copied without a mouse.
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

void AboutDialog::updateConnection()
{
    if (!m_session->hasProfile()) {
        m_profile->setText(tr("Not connected"));
        m_server->setText(tr("None"));
        return;
    }
    const ConnectionProfile profile = m_session->profile();
    QString state;
    switch (m_session->state()) {
    case Session::State::Ready:
        state = tr("connected");
        break;
    case Session::State::ReadingCredentials:
    case Session::State::Connecting:
        state = tr("connecting");
        break;
    case Session::State::Failed:
    case Session::State::Closed:
        state = tr("not connected");
        break;
    }
    m_profile->setText(
        tr("%1 (%2, %3)")
            .arg(profile.name(), ConnectionProfile::environmentName(profile.environment()), state));
    m_server->setText(ConnectionProfile::canonicalUrl(profile.baseUrl()));
}

QString AboutDialog::text() const
{
    return QStringList {builtonApplicationName(), tr("Version: %1").arg(m_version->text()),
        tr("Licence: %1").arg(m_licence->text()), tr("Connection: %1").arg(m_profile->text()),
        tr("Server: %1").arg(m_server->text()), tr("Qt: %1").arg(m_qt->text())}
        .join(QLatin1Char('\n'));
}
