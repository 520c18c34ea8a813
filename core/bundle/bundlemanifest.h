#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// manifest.json: what a bundle is and every file in it (but itself) with its
// SHA-256, mode and size. Written with sorted keys and sorted files, so the
// same bundle always gives the same bytes. See docs/bundles.md.
struct BundleManifest
{
    struct Entry
    {
        QString path;
        QByteArray sha256; // lower-case hex
        int mode = 0644;
        qint64 size = 0;
    };

    static constexpr int kVersion = 1;
    static constexpr const char *kFileName = "manifest.json";

    QString kind; // "site" or "user"
    QString name; // the archive's top folder
    QString site; // site id (site bundles) or hub id (user bundles)
    QString profile;
    QString user;
    QString generator;
    QList<Entry> files;

    QByteArray toJson() const;
    // Checks the format, the version and every entry (path rule, 64 hex
    // digits, safe mode, no duplicates); on failure says which field.
    static std::optional<BundleManifest> fromJson(const QByteArray &bytes, QString *error);

    const Entry *entry(const QString &path) const;
    static QByteArray sha256Hex(const QByteArray &content);
};
