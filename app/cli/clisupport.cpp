#include "app/cli/clisupport.h"

#include "app/cli/clicommand.h"
#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// "Usage: routestudio-cli SYNOPSIS", the summary, then the parser's options.
QString commandHelp(const QString &name, const QString &parserHelp)
{
    QString out;
    for (const CliCommand &cmd : CliCommands::all()) {
        if (name == QLatin1String(cmd.name))
            out = QStringLiteral("Usage: routestudio-cli %1\n%2\n\n")
                      .arg(QLatin1String(cmd.synopsis), QLatin1String(cmd.summary));
    }
    const qsizetype options = parserHelp.indexOf(QLatin1String("Options:"));
    return out + (options < 0 ? QString() : parserHelp.mid(options));
}

QString modeText(QFileDevice::Permissions p)
{
    const int user = (p & QFileDevice::ReadOwner ? 4 : 0) | (p & QFileDevice::WriteOwner ? 2 : 0)
                     | (p & QFileDevice::ExeOwner ? 1 : 0);
    const int group = (p & QFileDevice::ReadGroup ? 4 : 0) | (p & QFileDevice::WriteGroup ? 2 : 0)
                      | (p & QFileDevice::ExeGroup ? 1 : 0);
    const int other = (p & QFileDevice::ReadOther ? 4 : 0) | (p & QFileDevice::WriteOther ? 2 : 0)
                      | (p & QFileDevice::ExeOther ? 1 : 0);
    return QStringLiteral("0%1%2%3").arg(user).arg(group).arg(other);
}

} // namespace

namespace CliSupport {

std::optional<int> parse(QCommandLineParser &parser, CliContext &c, int minPositional,
                         int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QString name = c.arguments.value(0);
    if (!parser.parse(c.arguments)) {
        c.err << "routestudio-cli: " << parser.errorText() << "; see routestudio-cli " << name
              << " --help" << Qt::endl;
        return CliExit::Invalid;
    }
    if (parser.isSet(help)) {
        c.out << commandHelp(name, parser.helpText());
        return CliExit::Ok;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        c.err << "routestudio-cli: wrong number of arguments; see routestudio-cli " << name
              << " --help" << Qt::endl;
        return CliExit::Invalid;
    }
    return std::nullopt;
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
    if (!s) {
        c.err << "routestudio-cli: " << error.toString() << Qt::endl;
        return s;
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther;
    const QFileDevice::Permissions mode = QFileInfo(fileName).permissions();
    if (mode & others) {
        c.err << "warning: " << fileName << " has mode " << modeText(mode)
              << ": other users can read the pre-shared keys and passwords; run chmod 600 "
              << fileName << Qt::endl;
    }
    return s;
}

void printJson(CliContext &c, const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    c.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace CliSupport
