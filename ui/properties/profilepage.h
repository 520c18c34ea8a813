#pragma once

#include "core/model/profile.h"

#include <QWidget>
#include <functional>

class EditController;
class FieldEdit;
class QComboBox;

// Edits one remote-access profile: id, hub, tunnel mode, routes, route push
// (docs/route-push.md), DNS domain, PSK name, users.
class ProfilePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)

public:
    explicit ProfilePage(EditController *edits, QWidget *parent = nullptr);

    void load(const Profile &profile);
    const QString &profileId() const { return m_profile.id; }
    FieldEdit *routesField() const { return m_routes; }
    FieldEdit *usersField() const { return m_users; }
    QComboBox *routePushBox() const { return m_push; }
    QComboBox *routesFromBox() const { return m_from; }
    FieldEdit *dnsDomainField() const { return m_domain; }

private:
    void apply(const std::function<void(Profile &)> &change);
    void loadRoutePush(const Profile &profile);

    EditController *m_edits;
    Profile m_profile;
    FieldEdit *m_id;
    QComboBox *m_hub;
    QComboBox *m_backupHub;
    QComboBox *m_tunnel;
    FieldEdit *m_routes;
    QComboBox *m_push;
    QComboBox *m_from;
    FieldEdit *m_domain;
    FieldEdit *m_secret;
    FieldEdit *m_users;
};
