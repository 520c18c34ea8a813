#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "platform/common/clientprofile.h"

#include <QWidget>
#include <optional>

class CredentialStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Where the client profile comes from: until user bundles can be imported,
// a topology file (+ optional secrets file), a profile and a user. The
// password may be typed, taken from the secrets file, or remembered in the
// OS keychain; the PSK comes from the secrets file or is typed.
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    ProfileForm(CredentialStore *store, QWidget *parent = nullptr);

    bool openTopology(const QString &fileName, QString *error);
    bool openSecrets(const QString &fileName, QString *error);
    bool select(const QString &profileId, const QString &user);

    // The profile to connect, or nullopt with `error` (what is missing).
    std::optional<ClientProfile> profile(QString *error) const;
    // The routes the selected profile plans (shown before connecting).
    QList<Ipv4Prefix> plannedRoutes() const;
    // Saves or forgets the password, as the "remember" box says.
    void rememberCredentials(const ClientProfile &profile);

    bool hasTopology() const { return m_topology.has_value(); }

Q_SIGNALS:
    void message(const QString &line);
    void changed();

private:
    void browseTopology();
    void browseSecrets();
    void fillProfiles();
    void fillUsers();
    void fillSecrets();

    CredentialStore *m_store;
    std::optional<Topology> m_topology;
    Secrets m_secrets;
    QLabel *m_file;
    QComboBox *m_profiles;
    QComboBox *m_users;
    QLineEdit *m_password;
    QLineEdit *m_psk;
    QCheckBox *m_remember;
};
