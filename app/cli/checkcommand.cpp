#include "app/cli/checkcollect.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/check/boxcheck.h"
#include "core/generators/generationplan.h"
#include "core/generators/sitegeneration.h"
#include "core/report/reporttext.h"
#include "core/routes/routetable.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QJsonObject json(const QString &site, const QList<CheckFinding> &findings)
{
    QJsonArray list;
    for (const CheckFinding &f : findings) {
        list.append(QJsonObject{{QStringLiteral("code"), f.code},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("evidence"), f.evidence},
                                {QStringLiteral("fix"), f.fix}});
    }
    return {{QStringLiteral("site"), site}, {QStringLiteral("ok"), findings.isEmpty()},
            {QStringLiteral("findings"), list}};
}

QString text(const QString &site, const QList<CheckFinding> &findings)
{
    if (findings.isEmpty())
        return QStringLiteral("check %1: every item passes\n").arg(site);
    QString out = QStringLiteral("check %1: %2 fault(s)\n").arg(site).arg(findings.size());
    for (const CheckFinding &f : findings) {
        out += QStringLiteral("error %1: %2\n    evidence: %3\n    fix: %4\n")
                   .arg(f.code, f.message, QString(f.evidence).replace(QLatin1Char('\n'), QLatin1String("\n      ")), f.fix);
    }
    return out;
}

} // namespace

int Commands::check(CliContext &c)
{
    QCommandLineParser p;
    const QCommandLineOption siteOpt(QStringLiteral("site"), QStringLiteral("The box's site."), QStringLiteral("ID"));
    const QCommandLineOption secretsOpt(QStringLiteral("secrets"),
                                        QStringLiteral("Secrets: also compare the installed files and the loaded firewall."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Check a saved collection."), QStringLiteral("DIR"));
    const QCommandLineOption collect(QStringLiteral("collect"), QStringLiteral("Only collect this box's state into DIR."), QStringLiteral("DIR"));
    const QCommandLineOption root(QStringLiteral("root"), QStringLiteral("Where the box's files are installed (default /)."), QStringLiteral("DIR"), QStringLiteral("/"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({siteOpt, secretsOpt, from, collect, root, jsonOpt});
    if (const auto stop = CliSupport::parse(p, c, 1, 1))
        return *stop;
    const auto topology = CliSupport::loadTopology(c, p.positionalArguments().first());
    if (!topology)
        return CliExit::Invalid;
    const Site *site = topology->site(p.value(siteOpt));
    if (!site || site->platform != Platform::LinuxStrongswan) {
        c.err << QStringLiteral("check: --site must name a linux-strongswan site of the topology "
                                "(check reads Linux boxes only)\n");
        return CliExit::Invalid;
    }
    std::optional<Secrets> secrets;
    if (p.isSet(secretsOpt) && !(secrets = CliSupport::loadSecrets(c, p.value(secretsOpt))))
        return CliExit::Invalid;
    const QList<Finding> findings = Validator::validate(*topology, secrets ? &*secrets : nullptr);
    if (Validator::hasErrors(findings)) {
        c.err << QStringLiteral("check: the topology has errors; fix them first\n")
              << ReportText::findings(findings);
        return CliExit::Invalid;
    }
    QList<GeneratedFile> generated;
    if (secrets) {
        const GenerationPlan plan(*topology, *secrets);
        generated = SiteGeneration::filesOf(plan, *site);
    }
    QStringList paths;
    for (const GeneratedFile &f : generated)
        paths << f.path;
    QTemporaryDir scratch;
    QString dir = p.isSet(collect) ? p.value(collect) : p.value(from);
    if (!p.isSet(from)) {
        if (dir.isEmpty())
            dir = scratch.path();
        QString error;
        if (!CheckCollect::run(dir, p.value(root), paths, &error)) {
            c.err << QStringLiteral("check: %1\n").arg(error);
            return CliExit::Invalid;
        }
        if (p.isSet(collect)) {
            c.out << QStringLiteral("collected the state of %1 into %2\n").arg(site->id, dir);
            return CliExit::Ok;
        }
    }
    const Secrets noSecrets;
    const Secrets &s = secrets ? *secrets : noSecrets;
    const TopologyIndex index(*topology);
    const RouteTable routes = RouteTable::build(*topology, index);
    const QList<CheckFinding> faults =
        BoxCheck::run(GeneratorInput{*topology, s, routes, index}, *site, LiveState::fromDir(dir),
                      secrets ? &generated : nullptr);
    if (p.isSet(jsonOpt))
        CliSupport::printJson(c, json(site->id, faults));
    else
        c.out << text(site->id, faults);
    return faults.isEmpty() ? CliExit::Ok : CliExit::Findings;
}
