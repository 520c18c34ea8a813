#include "ui/connect/profileform.h"

#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"
#include "platform/common/clientprofilebuilder.h"
#include "platform/common/credentialstore.h"
#include "ui/connect/importedprofilefile.h"
#include "ui/connect/profileimporter.h"
#include "ui/icons/appicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

ProfileForm::ProfileForm(CredentialStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_file(new QLabel(tr("No profile yet: import the bundle your admin gave you"), this)),
      m_profiles(new QComboBox(this)), m_users(new QComboBox(this)),
      m_password(new QLineEdit(this)), m_psk(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
{
    auto *import = new QPushButton(tr("Import profile…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    auto *open = new QPushButton(tr("Open topology…"), this);
    auto *secrets = new QPushButton(tr("Open secrets…"), this);
    import->setIcon(AppIcons::icon(QStringLiteral("document-import")));
    open->setIcon(AppIcons::icon(QStringLiteral("document-open")));
    secrets->setIcon(AppIcons::icon(QStringLiteral("dialog-password")));
    auto *files = new QHBoxLayout;
    files->addWidget(m_file, 1);
    files->addWidget(import);
    files->addWidget(open);
    files->addWidget(secrets);
    m_password->setEchoMode(QLineEdit::Password);
    m_psk->setEchoMode(QLineEdit::Password);
    m_profiles->setObjectName(QStringLiteral("profiles"));
    m_users->setObjectName(QStringLiteral("users"));
    m_password->setObjectName(QStringLiteral("password"));
    m_psk->setObjectName(QStringLiteral("psk"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_users->setAccessibleName(tr("User"));
    m_password->setAccessibleName(tr("Password"));
    m_psk->setAccessibleName(tr("Pre-shared key"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Source:"), files);
    form->addRow(tr("Profile:"), m_profiles);
    form->addRow(tr("User:"), m_users);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Pre-shared key:"), m_psk);
    form->addRow(QString(), m_remember);

    connect(import, &QPushButton::clicked, this, &ProfileForm::importRequested);
    connect(open, &QPushButton::clicked, this, &ProfileForm::browseTopology);
    connect(secrets, &QPushButton::clicked, this, &ProfileForm::browseSecrets);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &ProfileForm::fillUsers);
    connect(m_users, &QComboBox::currentIndexChanged, this, &ProfileForm::fillSecrets);
}

void ProfileForm::browseTopology()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Open topology"), QString(),
                                                   tr("RouteStudio topology (*.json)"));
    QString error;
    if (!f.isEmpty() && !openTopology(f, &error))
        Q_EMIT message(error);
}

void ProfileForm::browseSecrets()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Open secrets"), QString(),
                                                   tr("RouteStudio secrets (*.json)"));
    QString error;
    if (!f.isEmpty() && !openSecrets(f, &error))
        Q_EMIT message(error);
}

bool ProfileForm::openTopology(const QString &fileName, QString *error)
{
    LoadError e;
    auto t = TopologyReader::fromFile(fileName, &e);
    if (!t) {
        *error = e.toString();
        return false;
    }
    m_topology = std::move(t);
    m_imported.reset();
    m_profiles->setEnabled(true);
    m_users->setEnabled(true);
    m_file->setText(QFileInfo(fileName).fileName());
    fillProfiles();
    Q_EMIT message(tr("opened %1: %n remote-access profile(s)", nullptr,
                      int(m_topology->profiles.size()))
                       .arg(fileName));
    return true;
}

bool ProfileForm::importBundle(const QString &fileName, QString *error)
{
    auto imported = ProfileImporter(m_store).importFile(fileName, error);
    if (!imported)
        return false;
    m_topology.reset();
    m_secrets = Secrets();
    m_imported = std::move(imported);
    showImported();
    Q_EMIT message(tr("imported %1: profile %2, user %3, server %4, %n route(s)", nullptr,
                      int(m_imported->profile.routes.size()))
                       .arg(QFileInfo(fileName).fileName(), m_imported->profile.profileId,
                            m_imported->profile.user, m_imported->profile.gateway));
    for (const QString &w : std::as_const(m_imported->warnings))
        Q_EMIT message(tr("warning: %1").arg(w));
    QString memoryError;
    if (!m_memoryFile.isEmpty()
        && !ImportedProfileFile(m_memoryFile).save(*m_imported, &memoryError))
        Q_EMIT message(tr("warning: the profile will not be remembered: %1").arg(memoryError));
    Q_EMIT changed();
    return true;
}

bool ProfileForm::restoreImported(QString *error)
{
    if (m_memoryFile.isEmpty())
        return false;
    auto remembered = ImportedProfileFile(m_memoryFile).load(m_store, error);
    if (!remembered)
        return false;
    m_topology.reset();
    m_secrets = Secrets();
    m_imported = std::move(remembered);
    showImported();
    Q_EMIT message(tr("remembered profile %1, user %2, server %3")
                       .arg(m_imported->profile.profileId, m_imported->profile.user,
                            m_imported->profile.gateway));
    Q_EMIT changed();
    return true;
}

void ProfileForm::showImported()
{
    const ClientProfile &p = m_imported->profile;
    const QSignalBlocker blockProfiles(m_profiles);
    const QSignalBlocker blockUsers(m_users);
    m_profiles->clear();
    m_profiles->addItem(tr("%1 (hub %2)").arg(p.profileId, p.hubId), p.profileId);
    m_users->clear();
    m_users->addItem(p.user);
    m_profiles->setEnabled(false); // a bundle is for one profile and one user
    m_users->setEnabled(false);
    m_password->setText(p.password);
    m_psk->setText(p.psk);
    m_remember->setChecked(m_store && m_imported->warnings.isEmpty() && !p.password.isEmpty());
    m_file->setText(tr("Bundle: %1").arg(m_imported->displayName));
}

bool ProfileForm::openSecrets(const QString &fileName, QString *error)
{
    LoadError e;
    const auto s = SecretsFile::fromFile(fileName, &e);
    if (!s) {
        *error = e.toString();
        return false;
    }
    m_secrets = *s;
    fillSecrets();
    Q_EMIT message(tr("opened secrets %1").arg(fileName));
    return true;
}

bool ProfileForm::select(const QString &profileId, const QString &user)
{
    const int p = m_profiles->findData(profileId);
    if (p < 0)
        return false;
    m_profiles->setCurrentIndex(p);
    const int u = m_users->findText(user);
    if (u < 0)
        return false;
    m_users->setCurrentIndex(u);
    return true;
}

void ProfileForm::fillProfiles()
{
    m_profiles->clear();
    for (const Profile &p : m_topology->profiles)
        m_profiles->addItem(tr("%1 (hub %2)").arg(p.id, p.hub), p.id);
    fillUsers();
}

void ProfileForm::fillUsers()
{
    m_users->clear();
    if (!m_topology)
        return;
    if (const Profile *p = m_topology->profile(m_profiles->currentData().toString()))
        m_users->addItems(p->users);
    fillSecrets();
}

void ProfileForm::fillSecrets()
{
    m_password->clear();
    m_psk->clear();
    if (!m_topology)
        return;
    const Profile *p = m_topology->profile(m_profiles->currentData().toString());
    const QString user = m_users->currentText();
    if (!p || user.isEmpty())
        return;
    m_psk->setText(m_secrets.psk.value(p->secret));
    m_password->setText(m_secrets.users.value(user));
    if (m_password->text().isEmpty() && m_store) {
        QString error;
        const QString key = CredentialStore::keyFor(
            ClientProfile::connectionNameFor(p->hub, p->id), user);
        if (const auto remembered = m_store->load(key, &error)) {
            m_password->setText(*remembered);
            m_remember->setChecked(true);
        }
    }
    if (m_psk->text().isEmpty() && m_store) {
        QString error;
        ClientProfile keyed;
        keyed.connectionName = ClientProfile::connectionNameFor(p->hub, p->id);
        if (const auto remembered = m_store->load(ProfileImporter::pskKey(keyed), &error))
            m_psk->setText(*remembered);
    }
    Q_EMIT changed();
}

std::optional<ClientProfile> ProfileForm::profile(QString *error) const
{
    if (m_imported) {
        ClientProfile p = m_imported->profile;
        p.password = m_password->text();
        p.psk = m_psk->text();
        if (p.password.isEmpty()) {
            *error = tr("enter the password of %1").arg(p.user);
            return std::nullopt;
        }
        if (p.psk.isEmpty()) {
            *error = tr("enter the pre-shared key of profile %1").arg(p.profileId);
            return std::nullopt;
        }
        return p;
    }
    if (!m_topology) {
        *error = tr("import a profile bundle (or open a topology) first");
        return std::nullopt;
    }
    Secrets typed = m_secrets;
    const Profile *p = m_topology->profile(m_profiles->currentData().toString());
    if (!p) {
        *error = tr("the topology has no remote-access profile");
        return std::nullopt;
    }
    typed.users.insert(m_users->currentText(), m_password->text());
    typed.psk.insert(p->secret, m_psk->text());
    auto built = ClientProfileBuilder::build(*m_topology, typed, p->id, m_users->currentText(),
                                             error);
    if (!built)
        return std::nullopt;
    if (built->password.isEmpty()) {
        *error = tr("enter the password of %1").arg(built->user);
        return std::nullopt;
    }
    if (built->psk.isEmpty()) {
        *error = tr("enter the pre-shared key of profile %1 (or open the secrets file)")
                     .arg(built->profileId);
        return std::nullopt;
    }
    return built;
}

QList<Ipv4Prefix> ProfileForm::plannedRoutes() const
{
    if (m_imported)
        return m_imported->profile.routes;
    if (!m_topology)
        return {};
    QString ignored;
    const auto built = ClientProfileBuilder::build(
        *m_topology, m_secrets, m_profiles->currentData().toString(), m_users->currentText(),
        &ignored);
    return built ? built->routes : QList<Ipv4Prefix>();
}

void ProfileForm::rememberCredentials(const ClientProfile &p)
{
    if (!m_store)
        return;
    QString error;
    const QString key = CredentialStore::keyFor(p.connectionName, p.user);
    const bool ok = m_remember->isChecked() ? m_store->save(key, p.password, &error)
                                            : m_store->remove(key, &error);
    if (!ok && m_remember->isChecked())
        Q_EMIT message(tr("warning: the keychain did not keep the password: %1").arg(error));
    // The PSK of an imported profile lives in the keychain too; forgetting
    // the credentials forgets it as well.
    if (m_imported && m_remember->isChecked())
        m_store->save(ProfileImporter::pskKey(p), p.psk, &error);
    else if (!m_remember->isChecked())
        m_store->remove(ProfileImporter::pskKey(p), &error);
}

QJsonObject ProfileForm::profileExtra() const
{
    if (m_imported)
        return m_imported->extra;
    if (!m_topology)
        return {};
    const Profile *p = m_topology->profile(m_profiles->currentData().toString());
    return p ? p->extra : QJsonObject();
}

std::optional<Ipv4Address> ProfileForm::hubPppAddress() const
{
    if (!m_topology)
        return std::nullopt;
    const Profile *p = m_topology->profile(m_profiles->currentData().toString());
    const Site *hub = p ? m_topology->site(p->hub) : nullptr;
    if (!hub || !hub->remoteAccess)
        return std::nullopt;
    return hub->remoteAccess->localAddress;
}
