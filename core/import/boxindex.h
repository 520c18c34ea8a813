#pragma once

#include "core/import/boxfacts.h"

#include <QHash>
#include <QList>
#include <QString>

// Hashed lookups into one box's facts, so that matching boxes and links costs
// time linear in what the boxes hold (no link scans every secret or route).
class BoxIndex
{
public:
    explicit BoxIndex(const BoxFacts &facts);

    // The address the box's connections use for themselves most often (or
    // xl2tpd's listen-addr); empty when none says.
    QString publicAddress() const { return m_publicAddress; }
    // For a box whose files do not say (the import infers it from its peers).
    void setPublicAddress(const QString &a) { m_publicAddress = a; }
    // The PSK whose ids name `peer` and `self` (or `peer` alone), else one naming `peer`.
    const PskFacts *psk(const QString &self, const QString &peer) const;
    QList<const ChapSecret *> chapFor(const QString &client) const { return m_chap.value(client); }
    QList<const ScriptRoute *> routesFor(const QString &pattern) const { return m_routes.value(pattern); }

    static QString stripId(const QString &id) { return id.startsWith(u'@') ? id.mid(1) : id; }
    static bool usableAddress(const QString &a);

private:
    QString m_publicAddress;
    QHash<QString, QList<const PskFacts *>> m_psks; // by id
    QHash<QString, QList<const ChapSecret *>> m_chap; // by client
    QHash<QString, QList<const ScriptRoute *>> m_routes; // by case pattern
};
