#pragma once

#include "platform/common/connectsession.h"

#include <QIcon>
#include <QWidget>

// The Connect window's status light beside the status text: a green check
// (connected), an amber clock (connecting, disconnecting), a grey ring with a
// dash (disconnected) and a red exclamation mark (failed). Shape and colour
// both differ, so it reads without colour vision; it is painted from the SVG
// at the screen's pixel ratio, so it stays sharp at any scale.
class ConnectionStateIcon final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStateIcon)

public:
    explicit ConnectionStateIcon(QWidget *parent = nullptr);

    void setState(ConnectSession::State state, const QString &text);
    // The AppIcons name shown ("routestudio-status-connected" ...).
    QString iconName() const { return m_name; }
    QSize sizeHint() const override;

    static QString iconNameFor(ConnectSession::State state);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_name;
    QIcon m_icon;
};
