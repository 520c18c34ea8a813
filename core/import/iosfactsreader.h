#pragma once

#include "core/import/boxfacts.h"
#include "core/import/importlog.h"
#include "core/import/iosobjects.h"

#include <QHash>
#include <QSet>

// IosFacts::read's work: the objects of the configuration interpreted into
// BoxFacts (iosfactsreader.cpp: keys, users, addresses; iosfactstunnels.cpp:
// VTIs and crypto maps; iosfactsserver.cpp: the L2TP server), each line
// marked mapped (to what) or not represented (why), then every line logged
// once (IosNotes says why for lines no part of the reader took).
class IosFactsReader
{
public:
    IosFactsReader(const QList<IosLine> &lines, BoxFacts *box, ImportLog &log);
    void run();

private:
    // A sub-command of a section the reader knows: mapped (to what) or not represented (why).
    struct Rule
    {
        QStringList prefix;
        bool mapped = false;
        QString text;
    };

    void mapped(const IosLine *l, const QString &to) { m_mapped.insert(l, to); }
    void why(const IosLine *l, const QString &text) { m_why.insert(l, text); }
    void rules(const IosLine &section, const QList<Rule> &rules);
    void note(const IosLine &l, const QString &inherited);
    void psk(const IosLine *l, const QStringList &ids, const QString &secret, const QString &type);

    void isakmpKeys();
    void keyrings();
    void users();
    void addresses();
    void vtis();
    void ikeProfile(const QString &name, const QString &link, TunnelFacts *t);
    void cryptoMaps();
    void remoteAccessMap(const IosObjects::MapEntry &e);
    void acl(const IosObjects::MapEntry &e, TunnelFacts *t);
    void server();

    const QList<IosLine> &m_lines;
    const IosObjects m_o;
    BoxFacts *m_box;
    ImportLog &m_log;
    QHash<const IosLine *, QString> m_mapped;
    QHash<const IosLine *, QString> m_why;
    QSet<const IosLine *> m_builder; // lines the topology builder notes (connections, logins)
    bool m_routeBased = false;       // the box has a VTI
};
