#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

// The files of one imported box, in memory, by their path inside the imported
// folder or archive ('/' separators, no "." or ".." parts). Loaders fill it from
// a folder or an archive (BoxSourceLoader); tests fill it directly.
//
// A box is either a copy of "/" (it has an etc/ folder: "etc/ipsec.conf" is
// installed as /etc/ipsec.conf) or a copy of /etc ("ipsec.conf" is
// /etc/ipsec.conf). Absolute paths in the files are mapped back the same way;
// a path that lands outside the folder is refused, never read.
class SourceTree
{
public:
    explicit SourceTree(QString label = {}) : m_label(std::move(label)) {}

    QString label() const { return m_label; }
    // False with *error past ImportLimits (files, size) or for an unsafe path.
    // `mode`: the file's Unix permission bits when the loader knows them (-1: unknown).
    bool add(const QString &path, const QByteArray &bytes, QString *error, int mode = -1);

    bool contains(const QString &path) const { return m_files.contains(path); }
    QByteArray bytes(const QString &path) const { return m_files.value(path); }
    QStringList paths() const { return m_files.keys(); }
    // The permission bits the loader saw (0644...), or -1 when it did not know them.
    int mode(const QString &path) const { return m_modes.value(path, -1); }
    // Entries a loader saw but did not read (links, devices), with why.
    void skip(const QString &path, const QString &why) { m_skipped.insert(path, why); }
    const QMap<QString, QString> &skipped() const { return m_skipped; }

    // Where `path` is installed on the box ("/etc/ipsec.conf").
    QString installed(const QString &path) const;
    // The folder path of an absolute path on the box; empty when it is outside.
    QString fromInstalled(const QString &absolute) const;

    struct Match
    {
        QStringList files; // sorted, as sh(1) globbing orders them
        QString refusal;   // set: the pattern leaves the imported folder
    };
    // The files an include `pattern` written in `fromFile` names: relative to
    // that file's folder or absolute; shell wildcards (* ? [..]) in the last part.
    Match resolve(const QString &pattern, const QString &fromFile) const;

private:
    bool isSystemRoot() const;

    QString m_label;
    QMap<QString, QByteArray> m_files;
    QMap<QString, QString> m_skipped;
    QHash<QString, int> m_modes;
    qint64 m_size = 0;
};
