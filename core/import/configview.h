#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <functional>

// A vendor configuration as comparable entries (diff --against for RouterOS
// and IOS boxes, docs/import.md): each configuration statement in one
// canonical form, secrets already masked, grouped by what it configures (a
// RouterOS menu, an IOS command family). Two configurations that configure
// the same things in another order or spelling give the same text.
struct ConfigEntry
{
    QString group; // "ip ipsec peer", "crypto ikev2 keyring"
    QString text;  // the statement, canonical; an IOS block spans lines
};

struct ConfigView
{
    QList<ConfigEntry> entries;
    QMap<QString, int> skipped; // statements not compared (script commands, ...), by group

    QSet<QString> groups() const;
    // The entries of the groups `keep` holds only; the others are counted in `skipped`.
    ConfigView only(const std::function<bool(const QString &group)> &keep) const;
    // Entries sorted by group, then text: one a line (or block), newline-ended.
    QByteArray text() const;
};
