#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/bundle/bundleexport.h"
#include "core/report/reporttext.h"

namespace {

// The selection from --site / --profile [--user] / --all (default: --all).
bool selection(const QCommandLineParser &p, CliContext &c, ExportSelection *sel)
{
    const bool site = p.isSet(QStringLiteral("site"));
    const bool profile = p.isSet(QStringLiteral("profile"));
    const bool all = p.isSet(QStringLiteral("all"));
    if (int(site) + int(profile) + int(all) > 1) {
        c.err << "routestudio-cli: use one of --site, --profile or --all" << Qt::endl;
        return false;
    }
    if (p.isSet(QStringLiteral("user")) && !profile) {
        c.err << "routestudio-cli: --user needs --profile" << Qt::endl;
        return false;
    }
    if (site) {
        sel->kind = ExportSelection::Site;
        sel->site = p.value(QStringLiteral("site"));
    } else if (profile) {
        sel->kind = ExportSelection::Profile;
        sel->profile = p.value(QStringLiteral("profile"));
        sel->user = p.value(QStringLiteral("user"));
    }
    return true;
}

} // namespace

int Commands::exportBundles(CliContext &c)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("secrets"), QStringLiteral("Secrets file (required)."), QStringLiteral("S")},
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output folder."),
         QStringLiteral("OUT")},
        {QStringLiteral("format"), QStringLiteral("tar.gz (default) or zip."),
         QStringLiteral("FORMAT"), QStringLiteral("tar.gz")},
        {QStringLiteral("site"), QStringLiteral("Only this site's bundle."), QStringLiteral("ID")},
        {QStringLiteral("profile"), QStringLiteral("Only this profile's users."),
         QStringLiteral("ID")},
        {QStringLiteral("user"), QStringLiteral("Only this user (with --profile)."),
         QStringLiteral("NAME")},
        {QStringLiteral("all"), QStringLiteral("Every site and user, and the Ansible folder.")},
    });
    if (const auto stop = CliSupport::parse(p, c, 1, 1))
        return *stop;
    if (!p.isSet(QStringLiteral("secrets")) || !p.isSet(QStringLiteral("o"))) {
        c.err << "routestudio-cli: export needs --secrets S and -o OUT" << Qt::endl;
        return CliExit::Invalid;
    }
    const auto format = ArchiveFormats::parse(p.value(QStringLiteral("format")));
    if (!format) {
        c.err << "routestudio-cli: --format must be tar.gz or zip" << Qt::endl;
        return CliExit::Invalid;
    }
    ExportSelection sel;
    if (!selection(p, c, &sel))
        return CliExit::Invalid;
    const auto topology = CliSupport::loadTopology(c, p.positionalArguments().first());
    if (!topology)
        return CliExit::Invalid;
    const auto secrets = CliSupport::loadSecrets(c, p.value(QStringLiteral("secrets")));
    if (!secrets)
        return CliExit::Invalid;
    const BundleExport result =
        BundleExport::run(*topology, *secrets, sel, *format, p.value(QStringLiteral("o")));
    for (const QString &w : result.warnings)
        c.err << "routestudio-cli: warning: " << w << Qt::endl;
    if (result.validationFailed) {
        c.err << ReportText::findings(result.findings);
        c.err << "routestudio-cli: " << result.error << Qt::endl;
        return CliExit::Findings;
    }
    if (!result.ok) {
        c.err << "routestudio-cli: " << result.error << Qt::endl;
        return CliExit::Invalid;
    }
    for (const QString &path : result.written)
        c.out << path << '\n';
    return CliExit::Ok;
}
