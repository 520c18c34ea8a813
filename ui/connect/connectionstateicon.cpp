#include "ui/connect/connectionstateicon.h"

#include "ui/icons/appicons.h"

#include <QPainter>

ConnectionStateIcon::ConnectionStateIcon(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statusIcon"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setState(ConnectSession::State::Idle, ConnectSession::stateText(ConnectSession::State::Idle));
}

QString ConnectionStateIcon::iconNameFor(ConnectSession::State state)
{
    switch (state) {
    case ConnectSession::State::Connected:
        return QStringLiteral("routestudio-status-connected");
    case ConnectSession::State::Connecting:
    case ConnectSession::State::Disconnecting:
        return QStringLiteral("routestudio-status-connecting");
    case ConnectSession::State::Failed:
        return QStringLiteral("routestudio-status-failed");
    case ConnectSession::State::Idle:
        break;
    }
    return QStringLiteral("routestudio-status-disconnected");
}

void ConnectionStateIcon::setState(ConnectSession::State state, const QString &text)
{
    const QString name = iconNameFor(state);
    if (name != m_name) {
        m_name = name;
        // Our status colours only: a theme has no such icons.
        m_icon = AppIcons::own(name, false);
        update();
    }
    setToolTip(text);
    setAccessibleName(text);
}

QSize ConnectionStateIcon::sizeHint() const
{
    // A little taller than a line of text, like the Connect button's icon.
    const int side = qMax(20, fontMetrics().height() + 4);
    return QSize(side, side);
}

void ConnectionStateIcon::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int side = qMin(width(), height());
    m_icon.paint(&painter, QRect((width() - side) / 2, (height() - side) / 2, side, side));
}
