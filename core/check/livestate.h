#pragma once

#include "core/net/ipv4prefix.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

// A route of `ip -json route show table all` (table "main" when absent).
struct LiveRoute
{
    std::optional<Ipv4Prefix> destination; // nullopt: not an IPv4 prefix route (default: 0/0)
    QString dev;
    QString table = QStringLiteral("main");
    QString type;
    int metric = 0;
    QString line; // as `ip route` would show it, for evidence
};

// An interface of `ip -json link show`: its name, MTU and alternative names
// (`ip link property add altname`), which routes may be shown under.
struct LiveLink
{
    QString name;
    int mtu = 0;
    QStringList altnames;
};

// A CHILD_SA of `swanctl --list-sas --raw`.
struct LiveChild
{
    QString connection;
    QString name;
    QString state;
    QList<Ipv4Prefix> localTs;
    QList<Ipv4Prefix> remoteTs;
};

// What a box's own tools said (docs/check.md, "Collection"): each part is
// nullopt when it was not collected or could not be read (`problems` says
// which and why); `files` are the installed copies of generated files, by
// path without the leading '/'.
struct LiveState
{
    std::optional<QString> forwarding; // net.ipv4.ip_forward
    std::optional<QList<LiveRoute>> routes;
    std::optional<QList<LiveLink>> links;
    std::optional<QJsonArray> nft;          // the "nftables" array of `nft -j list ruleset`
    std::optional<QList<LiveChild>> children;
    QMap<QString, QByteArray> files;
    QStringList problems;

    // Reads a collection folder (Collection::kFiles names); never fails as a
    // whole: what is missing or malformed is a problem.
    static LiveState fromDir(const QString &dir);

    // The interface named `name` or having it as an alternative name.
    const LiveLink *link(const QString &name) const;
    // The routes of table main by destination, in the order `ip` gave them:
    // one pass, so a box with thousands of routes is looked up, not scanned.
    QHash<Ipv4Prefix, QList<const LiveRoute *>> mainRoutes() const;
    // Whether `dev` (a route's) is the interface the plan calls `planned`.
    bool isInterface(const QString &dev, const QString &planned) const;
};
