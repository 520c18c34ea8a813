#include "core/check/livestate.h"

#include "core/check/collection.h"
#include "core/check/liveparsers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace {

// A collected output, or nullopt (with a problem) when the box gave none.
std::optional<QByteArray> output(const QDir &dir, const QString &file, QStringList &problems)
{
    QFile f(dir.filePath(file));
    if (!f.open(QIODevice::ReadOnly)) {
        problems << QStringLiteral("%1: not collected").arg(file);
        return std::nullopt;
    }
    return f.readAll();
}

// Parses `file` with `parse`, or says why it could not.
template<typename T, typename Parse>
std::optional<T> read(const QDir &dir, const QString &file, QStringList &problems, Parse parse)
{
    const auto bytes = output(dir, file, problems);
    if (!bytes)
        return std::nullopt;
    QString error;
    auto parsed = parse(*bytes, &error);
    if (!parsed)
        problems << QStringLiteral("%1: %2").arg(file, error);
    return parsed;
}

} // namespace

LiveState LiveState::fromDir(const QString &path)
{
    const QDir dir(path);
    LiveState s;
    s.routes = read<QList<LiveRoute>>(dir, QStringLiteral("ip-route.json"), s.problems, &LiveParsers::routes);
    s.links = read<QList<LiveLink>>(dir, QStringLiteral("ip-link.json"), s.problems, &LiveParsers::links);
    s.forwarding = read<QString>(dir, QStringLiteral("sysctl.txt"), s.problems,
                                 [](const QByteArray &b, QString *e) {
                                     return LiveParsers::sysctl(b, QStringLiteral("net.ipv4.ip_forward"), e);
                                 });
    s.nft = read<QJsonArray>(dir, QStringLiteral("nft.json"), s.problems, &LiveParsers::nft);
    s.children = read<QList<LiveChild>>(dir, QStringLiteral("swanctl-sas.txt"), s.problems,
                                        &LiveParsers::swanctlRaw);
    const QDir files(dir.filePath(QLatin1String(Collection::kFilesFolder)));
    QDirIterator it(files.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            s.files.insert(files.relativeFilePath(f.fileName()), f.readAll());
    }
    return s;
}

QHash<Ipv4Prefix, QList<const LiveRoute *>> LiveState::mainRoutes() const
{
    QHash<Ipv4Prefix, QList<const LiveRoute *>> out;
    if (!routes)
        return out;
    for (const LiveRoute &r : *routes) {
        if (r.table == QLatin1String("main") && r.destination)
            out[r.destination->network()].append(&r);
    }
    return out;
}

const LiveLink *LiveState::link(const QString &name) const
{
    if (!links)
        return nullptr;
    for (const LiveLink &l : *links) {
        if (l.name == name || l.altnames.contains(name))
            return &l;
    }
    return nullptr;
}

bool LiveState::isInterface(const QString &dev, const QString &planned) const
{
    if (dev == planned)
        return true;
    const LiveLink *l = link(planned);
    return l && l->name == dev;
}
