#pragma once

#include "core/model/profile.h"

#include <QWidget>
#include <functional>

class EditController;
class FieldEdit;
class QComboBox;

// Edits one remote-access profile: id, hub, tunnel mode, routes, PSK name, users.
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

private:
    void apply(const std::function<void(Profile &)> &change);

    EditController *m_edits;
    Profile m_profile;
    FieldEdit *m_id;
    QComboBox *m_hub;
    QComboBox *m_tunnel;
    FieldEdit *m_routes;
    FieldEdit *m_secret;
    FieldEdit *m_users;
};
