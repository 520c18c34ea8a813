#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QSet>
#include <QString>

// Writes a tree of files (`generate -o`) without a reader ever seeing a file
// half-written, in the fewest file-system calls:
// - fresh(): the target folder does not exist yet. Every file is
//   written once, in place, into a new sibling folder, which is renamed onto
//   the target by commit(): readers see no tree or the whole tree. Destroyed
//   without commit(), the sibling is removed again.
// - inPlace(): the target holds a previous run. Each file goes to a temporary
//   file beside it and is renamed over the old one (FileBytes::writeAtomicUnsynced).
// Folders are created once each (remembered), not looked up per file. Modes are
// set before any content is written, so a secret is never readable by others.
class TreeWriter
{
public:
    static TreeWriter fresh(const QString &target);
    static TreeWriter inPlace(const QString &target);
    Q_DISABLE_COPY_MOVE(TreeWriter) // the factories return by guaranteed elision
    ~TreeWriter();

    // Creates the folder written into; false and *error when it cannot.
    bool open(QString *error);
    // `relativePath` below the target ('/'-separated, no "..": generator paths).
    bool write(const QString &relativePath, const QByteArray &bytes,
               QFileDevice::Permissions mode, QString *error);
    // fresh(): moves the finished tree onto the target. inPlace(): nothing to do.
    bool commit(QString *error);

    // Where files are written now (the sibling folder until commit() for fresh()).
    QString writeRoot() const { return m_root; }

private:
    TreeWriter(const QString &target, bool fresh);
    bool makeParents(const QString &relativePath, QString *error);

    QString m_target;
    QString m_root;
    bool m_fresh = false;
    bool m_open = false;
    bool m_committed = false;
    QSet<QString> m_folders; // relative folders known to exist below m_root
};
