#include "app/cli/clisupport.h"

#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CliSupport {

bool parse(QCommandLineParser &parser, CliContext &c, int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(c.arguments)) {
        c.err << "routestudio-cli: " << parser.errorText() << Qt::endl;
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        c.err << "routestudio-cli: wrong number of arguments; see routestudio-cli --help"
              << Qt::endl;
        return false;
    }
    return true;
}

std::optional<Topology> loadTopology(CliContext &c, const QString &fileName)
{
    LoadError error;
    auto t = TopologyReader::fromFile(fileName, &error);
    if (!t)
        c.err << "routestudio-cli: " << error.toString() << Qt::endl;
    return t;
}

std::optional<Secrets> loadSecrets(CliContext &c, const QString &fileName)
{
    LoadError error;
    auto s = SecretsFile::fromFile(fileName, &error);
    if (!s)
        c.err << "routestudio-cli: " << error.toString() << Qt::endl;
    return s;
}

void printJson(CliContext &c, const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    c.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace CliSupport
