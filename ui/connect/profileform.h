#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "platform/common/clientprofile.h"
#include "ui/connect/importedprofile.h"

#include <QJsonObject>
#include <QWidget>
#include <optional>

class CredentialStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Where the client profile comes from: a user bundle the admin exported
// (importBundle: one profile, one user, the secrets move into the keychain),
// or a topology file (+ optional secrets file), a profile and a user. The
// password may be typed, taken from the bundle or the secrets file, or
// remembered in the OS keychain; likewise the PSK.
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    ProfileForm(CredentialStore *store, QWidget *parent = nullptr);

    // Replaces the profile source only on success; on failure `error` names
    // the problem and the current profile stays.
    bool importBundle(const QString &fileName, QString *error);
    // Where an imported profile is remembered (without its secrets) for the
    // next start; empty: not remembered. restoreImported() reads it back
    // (false with an empty `error` when nothing is remembered).
    void setMemoryFile(const QString &fileName) { m_memoryFile = fileName; }
    bool restoreImported(QString *error);
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
    bool hasProfileSource() const { return m_topology || m_imported; }
    const std::optional<ImportedProfile> &imported() const { return m_imported; }
    // The selected profile's extra fields (its "monitor" override, if any).
    QJsonObject profileExtra() const;
    // The hub's PPP address as the topology knows it (none for a bundle).
    std::optional<Ipv4Address> hubPppAddress() const;

Q_SIGNALS:
    void message(const QString &line);
    void changed();
    void importRequested();

private:
    void browseTopology();
    void browseSecrets();
    void fillProfiles();
    void fillUsers();
    void fillSecrets();

    CredentialStore *m_store;
    QString m_memoryFile;
    void showImported();

    std::optional<Topology> m_topology;
    std::optional<ImportedProfile> m_imported;
    Secrets m_secrets;
    QLabel *m_file;
    QComboBox *m_profiles;
    QComboBox *m_users;
    QLineEdit *m_password;
    QLineEdit *m_psk;
    QCheckBox *m_remember;
};
