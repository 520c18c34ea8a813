#include "core/io/secretsfile.h"

#include "core/io/filebytes.h"
#include "core/io/jsondocumentparser.h"
#include "core/io/jsonfile.h"
#include "core/io/jsonobjectreader.h"
#include "core/io/jsonnode.h"

namespace {

const QString kFormat = QStringLiteral("routestudio-secrets");

QMap<QString, QString> readMap(JsonObjectReader &root, const QString &key)
{
    QMap<QString, QString> out;
    const QJsonObject obj = root.object(key);
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!it.value().isString()) {
            throw SchemaError{key + u'.' + it.key(),
                              QStringLiteral("must be a string, not %1")
                                  .arg(JsonObjectReader::describe(it.value()))};
        }
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

JsonNode mapNode(const QMap<QString, QString> &map)
{
    JsonNode n = JsonNode::object();
    for (auto it = map.begin(); it != map.end(); ++it)
        n.add(it.key(), JsonNode(QJsonValue(it.value())));
    return n;
}

} // namespace

namespace SecretsFile {

std::optional<Secrets> fromJson(const QByteArray &bytes, LoadError *error)
{
    LoadError local;
    LoadError *err = error ? error : &local;
    const auto root = JsonDocumentParser::parseRoot(bytes, kFormat, 1, err);
    if (!root)
        return std::nullopt;
    try {
        JsonObjectReader r(*root, QString());
        r.string(QStringLiteral("format"));
        r.optionalInt(QStringLiteral("version"));
        Secrets s;
        s.psk = readMap(r, QStringLiteral("psk"));
        s.users = readMap(r, QStringLiteral("users"));
        s.extra = r.unknown();
        return s;
    } catch (const SchemaError &e) {
        err->path = e.path;
        err->message = e.message;
        return std::nullopt;
    }
}

std::optional<Secrets> fromFile(const QString &fileName, LoadError *error)
{
    return JsonFile::read<Secrets>(fileName, error, &fromJson);
}

QByteArray toJson(const Secrets &s)
{
    JsonNode root = JsonNode::object();
    root.add(QStringLiteral("format"), JsonNode(QJsonValue(kFormat)))
        .add(QStringLiteral("version"), JsonNode(QJsonValue(1)))
        .add(QStringLiteral("psk"), mapNode(s.psk))
        .add(QStringLiteral("users"), mapNode(s.users));
    for (auto it = s.extra.begin(); it != s.extra.end(); ++it)
        root.add(it.key(), JsonNode(it.value()));
    return root.toPrettyJson();
}

bool toFile(const Secrets &secrets, const QString &fileName, QString *error)
{
    return FileBytes::writeAtomic(fileName, toJson(secrets), FileBytes::privateMode(), error);
}

} // namespace SecretsFile
