#include "ui/secrets/keychainsecrets.h"

#include "platform/common/credentialstore.h"

#include <QFileInfo>
#include <QSet>
#include <QSettings>

namespace {

const char kChosenKey[] = "editor/keychainTopologies";
const QString kPsk = QStringLiteral("psk");
const QString kUser = QStringLiteral("user");

QString absolute(const QString &file) { return QFileInfo(file).absoluteFilePath(); }

} // namespace

namespace KeychainSecrets {

QString key(const QString &topologyFile, const QString &kind, const QString &name)
{
    return QStringLiteral("routestudio-editor:%1#%2/%3").arg(absolute(topologyFile), kind, name);
}

bool isChosen(const QString &topologyFile)
{
    if (topologyFile.isEmpty())
        return false;
    return QSettings().value(QLatin1String(kChosenKey)).toStringList().contains(
        absolute(topologyFile));
}

void setChosen(const QString &topologyFile, bool keychain)
{
    QSettings settings;
    QStringList files = settings.value(QLatin1String(kChosenKey)).toStringList();
    const QString file = absolute(topologyFile);
    files.removeAll(file);
    if (keychain)
        files.append(file);
    settings.setValue(QLatin1String(kChosenKey), files);
}

Secrets read(CredentialStore &store, const QString &topologyFile, const Topology &topology,
             QStringList *problems)
{
    QSet<QString> psks;
    QSet<QString> users;
    for (const Link &l : topology.links) {
        if (!l.secret.isEmpty())
            psks.insert(l.secret);
    }
    for (const Profile &p : topology.profiles) {
        if (!p.secret.isEmpty())
            psks.insert(p.secret);
        for (const QString &u : p.users)
            users.insert(u);
    }
    Secrets out;
    auto fetch = [&](const QString &kind, const QSet<QString> &names, QMap<QString, QString> *to) {
        QStringList sorted(names.cbegin(), names.cend());
        sorted.sort();
        for (const QString &name : sorted) {
            QString error;
            if (const auto value = store.load(key(topologyFile, kind, name), &error))
                to->insert(name, *value);
            else
                problems->append(QStringLiteral("%1 %2: %3").arg(kind, name, error));
        }
    };
    fetch(kPsk, psks, &out.psk);
    fetch(kUser, users, &out.users);
    return out;
}

bool write(CredentialStore &store, const QString &topologyFile, const Secrets &secrets,
           QString *error)
{
    auto put = [&](const QString &kind, const QMap<QString, QString> &values) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QString e;
            if (!store.save(key(topologyFile, kind, it.key()), it.value(), &e)) {
                *error = QStringLiteral("OS keychain: cannot store %1 \"%2\": %3")
                             .arg(kind, it.key(), e);
                return false;
            }
        }
        return true;
    };
    return put(kPsk, secrets.psk) && put(kUser, secrets.users);
}

void remove(CredentialStore &store, const QString &topologyFile, const Secrets &names)
{
    QString ignored; // an entry that is already gone is fine
    for (auto it = names.psk.cbegin(); it != names.psk.cend(); ++it)
        store.remove(key(topologyFile, kPsk, it.key()), &ignored);
    for (auto it = names.users.cbegin(); it != names.users.cend(); ++it)
        store.remove(key(topologyFile, kUser, it.key()), &ignored);
}

} // namespace KeychainSecrets
