#include "core/io/jsondocumentparser.h"

#include "core/io/jsonstrictscan.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace JsonDocumentParser {

void lineColumn(const QByteArray &bytes, int offset, int *line, int *column)
{
    offset = qBound(0, offset, int(bytes.size()));
    const QByteArray before = bytes.left(offset);
    *line = int(before.count('\n')) + 1;
    const int lineStart = int(before.lastIndexOf('\n')) + 1;
    *column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
}

std::optional<QJsonObject> parseRoot(const QByteArray &bytes, const QString &expectedFormat,
                                     int supportedVersion, LoadError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        lineColumn(bytes, parseError.offset, &error->line, &error->column);
        error->message = QStringLiteral("JSON syntax error: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    if (!JsonStrictScan::check(bytes, error))
        return std::nullopt;
    if (!doc.isObject()) {
        error->message = QStringLiteral("the file must hold a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != expectedFormat) {
        error->path = QStringLiteral("format");
        error->message = format.isUndefined()
                             ? QStringLiteral("missing; expected \"%1\"").arg(expectedFormat)
                             : QStringLiteral("is not \"%1\": this is not a file RouteStudio "
                                              "reads here")
                                   .arg(expectedFormat);
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != supportedVersion) {
        error->path = QStringLiteral("version");
        error->message = QStringLiteral("version %1 is not supported (this RouteStudio reads "
                                        "version %2)")
                             .arg(version.isDouble() ? QString::number(version.toDouble())
                                                     : QStringLiteral("(missing)"))
                             .arg(supportedVersion);
        return std::nullopt;
    }
    return root;
}

} // namespace JsonDocumentParser
