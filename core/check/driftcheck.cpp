#include "core/check/livechecks.h"

#include "core/diff/boxdiff.h"

void LiveChecks::drift(const QList<GeneratedFile> &generated, const LiveState &live,
                       const Secrets &secrets, QList<CheckFinding> &out)
{
    QList<GeneratedFile> installed;
    QList<GeneratedFile> expected;
    for (const GeneratedFile &f : generated) {
        if (f.path.endsWith(QLatin1String("README.md")))
            continue; // instructions for the admin, not a file on the box
        expected.append(f);
        const auto it = live.files.constFind(f.path);
        if (it != live.files.cend())
            installed.append({f.path, *it, f.mode});
    }
    for (const FileChange &c : BoxDiff::compare(installed, expected, SecretMask(secrets))) {
        const bool missing = c.status == FileChange::Added;
        out.append({QStringLiteral("file-drift"),
                    missing ? QStringLiteral("/%1 is not installed").arg(c.path)
                            : QStringLiteral("/%1 differs from what RouteStudio generates now").arg(c.path),
                    missing ? QStringLiteral("no /%1 on the box").arg(c.path)
                            : (c.hidden.isEmpty() ? c.diff : QStringLiteral("(%1: not shown)").arg(c.hidden)),
                    QStringLiteral("install the generated %1 (routestudio-cli generate), then reload "
                                   "what reads it")
                        .arg(c.path)});
    }
}
