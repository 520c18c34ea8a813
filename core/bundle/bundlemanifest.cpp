#include "core/bundle/bundlemanifest.h"

#include "core/bundle/entrypath.h"
#include "core/bundle/filemode.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace {

const QString kFormat = QStringLiteral("routestudio-bundle");

bool isSha256Hex(const QByteArray &h)
{
    return h.size() == 64 && std::all_of(h.cbegin(), h.cend(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

QString entryProblem(const QJsonValue &v, BundleManifest::Entry *out)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject())
        return QStringLiteral("not an object");
    out->path = o.value(QStringLiteral("path")).toString();
    if (const QString p = EntryPath::problem(out->path); !p.isEmpty())
        return QStringLiteral("path: ") + p;
    out->sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
    if (!isSha256Hex(out->sha256))
        return QStringLiteral("sha256: not 64 lower-case hex digits");
    const auto mode = FileMode::parseOctal(o.value(QStringLiteral("mode")).toString());
    if (!mode || !FileMode::isSafe(*mode))
        return QStringLiteral("mode: not a safe octal mode like \"0644\"");
    out->mode = *mode;
    const QJsonValue size = o.value(QStringLiteral("size"));
    if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() != double(size.toInteger()))
        return QStringLiteral("size: not a non-negative integer");
    out->size = size.toInteger();
    return QString();
}

} // namespace

QByteArray BundleManifest::toJson() const
{
    QList<Entry> sorted = files;
    std::sort(sorted.begin(), sorted.end(),
              [](const Entry &a, const Entry &b) { return a.path < b.path; });
    QJsonArray list;
    for (const Entry &e : sorted) {
        list.append(QJsonObject{{QStringLiteral("path"), e.path},
                                {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)},
                                {QStringLiteral("mode"), FileMode::octal(e.mode)},
                                {QStringLiteral("size"), e.size}});
    }
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("version"), kVersion},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("site"), site},
                  {QStringLiteral("generator"), generator},
                  {QStringLiteral("files"), list}};
    if (!profile.isEmpty())
        o.insert(QStringLiteral("profile"), profile);
    if (!user.isEmpty())
        o.insert(QStringLiteral("user"), user);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<BundleManifest> BundleManifest::fromJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("manifest.json is not a JSON object: %1")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat) {
        *error = QStringLiteral("manifest.json: format is not \"%1\"").arg(kFormat);
        return std::nullopt;
    }
    if (o.value(QStringLiteral("version")).toInt() != kVersion) {
        *error = QStringLiteral("manifest.json: version %1 is not supported (expected %2)")
                     .arg(o.value(QStringLiteral("version")).toVariant().toString())
                     .arg(kVersion);
        return std::nullopt;
    }
    BundleManifest m;
    m.kind = o.value(QStringLiteral("kind")).toString();
    m.name = o.value(QStringLiteral("name")).toString();
    m.site = o.value(QStringLiteral("site")).toString();
    m.profile = o.value(QStringLiteral("profile")).toString();
    m.user = o.value(QStringLiteral("user")).toString();
    m.generator = o.value(QStringLiteral("generator")).toString();
    if (m.kind != QLatin1String("site") && m.kind != QLatin1String("user")) {
        *error = QStringLiteral("manifest.json: kind must be \"site\" or \"user\"");
        return std::nullopt;
    }
    if (!EntryPath::problem(m.name).isEmpty() || m.name.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("manifest.json: name is not a plain folder name");
        return std::nullopt;
    }
    const QJsonArray list = o.value(QStringLiteral("files")).toArray();
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        Entry e;
        const QString problem = entryProblem(list.at(i), &e);
        if (!problem.isEmpty()) {
            *error = QStringLiteral("manifest.json: files[%1]: %2").arg(i).arg(problem);
            return std::nullopt;
        }
        if (seen.contains(e.path) || e.path == QLatin1String(kFileName)) {
            *error = QStringLiteral("manifest.json: files[%1]: \"%2\" listed twice")
                         .arg(i)
                         .arg(e.path);
            return std::nullopt;
        }
        seen.insert(e.path);
        m.files.append(e);
    }
    return m;
}

const BundleManifest::Entry *BundleManifest::entry(const QString &path) const
{
    for (const Entry &e : files) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

QByteArray BundleManifest::sha256Hex(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}
