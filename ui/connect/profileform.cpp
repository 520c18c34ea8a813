#include "ui/connect/profileform.h"

#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"
#include "platform/common/clientprofilebuilder.h"
#include "platform/common/credentialstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ProfileForm::ProfileForm(CredentialStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_file(new QLabel(tr("No profile source opened"), this)),
      m_profiles(new QComboBox(this)), m_users(new QComboBox(this)),
      m_password(new QLineEdit(this)), m_psk(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
{
    auto *open = new QPushButton(tr("Open topology..."), this);
    auto *secrets = new QPushButton(tr("Open secrets..."), this);
    auto *files = new QHBoxLayout;
    files->addWidget(m_file, 1);
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
    m_file->setText(QFileInfo(fileName).fileName());
    fillProfiles();
    Q_EMIT message(tr("opened %1: %n remote-access profile(s)", nullptr,
                      int(m_topology->profiles.size()))
                       .arg(fileName));
    return true;
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
            QStringLiteral("RouteStudio %1 %2").arg(p->hub, p->id), user);
        if (const auto remembered = m_store->load(key, &error)) {
            m_password->setText(*remembered);
            m_remember->setChecked(true);
        }
    }
    Q_EMIT changed();
}

std::optional<ClientProfile> ProfileForm::profile(QString *error) const
{
    if (!m_topology) {
        *error = tr("open a topology first");
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
}
