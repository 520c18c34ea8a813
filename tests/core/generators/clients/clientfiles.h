#pragma once

// Header-only test helper: runs one client generator for a profile and user of
// a fixture, after validation.

#include "goldenfiles.h"

#include "core/generators/clientgenerator.h"
#include "core/validation/validator.h"

#include <QProcess>
#include <QTemporaryDir>

namespace ClientFiles {

inline QList<GeneratedFile> generate(const ClientGenerator &generator, const QString &fixture,
                                     const QString &profileId, const QString &user,
                                     QString *error)
{
    Topology t;
    Secrets s;
    if (!GoldenFiles::load(fixture, &t, &s, error))
        return {};
    if (Validator::hasErrors(Validator::validate(t, &s))) {
        *error = QStringLiteral("fixture %1 has validation errors").arg(fixture);
        return {};
    }
    const Profile *profile = t.profile(profileId);
    if (!profile) {
        *error = QStringLiteral("no profile %1").arg(profileId);
        return {};
    }
    const TopologyIndex index(t);
    const RouteTable routes = RouteTable::build(t, index);
    const GeneratorInput input{t, s, routes, index};
    return generator.generate(input, *profile, user);
}

// Compares the files of one user with tests/data/golden/clients/<os>/<fixture>-<profile>-<user>.
inline QString golden(const ClientGenerator &generator, const QString &os, const QString &fixture,
                      const QString &profileId, const QString &user)
{
    QString error;
    const QList<GeneratedFile> files = generate(generator, fixture, profileId, user, &error);
    if (!error.isEmpty())
        return error;
    return GoldenFiles::compare(
        QStringLiteral("clients/%1/%2-%3-%4").arg(os, fixture, profileId, user), files);
}

inline const GeneratedFile *find(const QList<GeneratedFile> &files, const QString &path)
{
    for (const GeneratedFile &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

// Writes `files` below `dir` with their modes.
inline bool writeAll(const QList<GeneratedFile> &files, const QString &dir)
{
    for (const GeneratedFile &f : files) {
        const QString path = dir + QLatin1Char('/') + f.path;
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size())
            return false;
        out.setPermissions(QFileDevice::Permissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    ((f.mode & 0100) ? QFileDevice::ExeOwner
                                                                     : QFileDevice::Permissions())));
    }
    return true;
}

// `sh -n FILE`: "" when the shell parses it.
inline QString shellSyntax(const QString &file)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), file});
    if (!sh.waitForFinished(10000))
        return QStringLiteral("sh -n did not finish");
    if (sh.exitStatus() != QProcess::NormalExit || sh.exitCode() != 0)
        return QString::fromUtf8(sh.readAllStandardError());
    return {};
}

} // namespace ClientFiles
