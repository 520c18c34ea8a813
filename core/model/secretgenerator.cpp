#include "core/model/secretgenerator.h"

#include <QRandomGenerator>

namespace SecretGenerator {

QString generate(int length)
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString out;
    out.reserve(length);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out += alphabet.at(int(rng->bounded(quint32(alphabet.size()))));
    return out;
}

QStringList fillMissing(const Topology &topology, Secrets *secrets)
{
    QStringList added;
    auto need = [&](QMap<QString, QString> &map, const QString &name, const QString &kind) {
        if (!name.isEmpty() && !map.contains(name)) {
            map.insert(name, generate());
            added << kind + u' ' + name;
        }
    };
    for (const Link &l : topology.links)
        need(secrets->psk, l.secret, QStringLiteral("psk"));
    for (const Profile &p : topology.profiles) {
        need(secrets->psk, p.secret, QStringLiteral("psk"));
        for (const QString &u : p.users)
            need(secrets->users, u, QStringLiteral("user"));
    }
    return added;
}

} // namespace SecretGenerator
