#pragma once

#include "core/import/importlog.h"
#include "core/import/settingslexer.h"
#include "core/import/settingssection.h"
#include "core/import/sourcetree.h"

#include <QStringList>

// Reads a strongswan.conf-format file (swanctl.conf) of a SourceTree into one
// SettingsSection tree: `include` globs are read in place, relative to the
// including file, never outside the tree (ImportLimits: include depth, section
// nesting). A file with a syntax error gives nothing and an error with its
// place; the files that include it still load.
class SettingsParser
{
public:
    SettingsParser(const SourceTree &tree, ImportLog &log) : m_tree(tree), m_log(log) {}

    // Merges `file` into `into` (whose dotted name is `path`); false on an error in it.
    bool parseFile(const QString &file, SettingsSection &into, const QString &path = {});
    // Every file read so far, includes too.
    QStringList filesRead() const { return m_read; }

private:
    bool parseBody(SettingsLexer &lexer, const QString &file, SettingsSection &section,
                   const QString &path, int depth);
    bool include(SettingsLexer &lexer, const QString &file, SettingsSection &section,
                 const QString &path, int line, const QString &pattern);
    bool references(SettingsLexer &lexer, const QString &file, QStringList *out);
    bool fail(const QString &file, int line, const QString &message);
    void merge(SettingsSection &into, const SettingsSection &from, const QString &path);
    void setValue(SettingsSection &into, const SettingsValue &value, const QString &path);

    const SourceTree &m_tree;
    ImportLog &m_log;
    QStringList m_stack; // files being read, for include cycles and depth
    QStringList m_read;
};
