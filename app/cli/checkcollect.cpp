#include "app/cli/checkcollect.h"

#include "core/check/collection.h"
#include "platform/common/processrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

bool CheckCollect::run(const QString &dir, const QString &root, const QStringList &paths,
                       QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    ProcessRunner runner;
    QJsonObject manifest;
    for (const Collection::Command &c : Collection::commands()) {
        ProcessRequest request;
        request.program = c.argv.first();
        request.arguments = c.argv.mid(1);
        request.timeoutMs = 20000;
        request.logOutput = false;
        const ProcessResult r = runner.run(request);
        manifest.insert(c.file, QJsonObject{{QStringLiteral("argv"), QJsonValue::fromVariant(c.argv)},
                                            {QStringLiteral("exit"), r.exitCode},
                                            {QStringLiteral("ok"), r.ok()},
                                            {QStringLiteral("error"), r.ok() ? QString() : r.error + QString::fromUtf8(r.stdErr).trimmed()}});
        if (r.ok() && !write(QDir(dir).filePath(c.file), r.stdOut, error))
            return false;
    }
    const QDir files(QDir(dir).filePath(QLatin1String(Collection::kFilesFolder)));
    for (const QString &p : paths) {
        QFile in(QDir(root).filePath(p));
        if (!in.open(QIODevice::ReadOnly))
            continue; // not installed: the check says so
        const QString target = files.filePath(p);
        if (!QDir().mkpath(QFileInfo(target).path()) || !write(target, in.readAll(), error))
            return false;
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return write(QDir(dir).filePath(QLatin1String(Collection::kManifest)),
                 QJsonDocument(manifest).toJson(), error);
}
