#pragma once

#include "core/import/importlog.h"
#include "core/import/ipsecconfsection.h"
#include "core/import/sourcetree.h"

#include <QStringList>

// Reads legacy ipsec.conf(5): a section starts with "type name" in the first
// column; its parameters are the following lines that begin with white space,
// "key=value" (white space around "=" allowed; runs of white space in a value
// become one space; a double-quoted value keeps it, with \" \\ \n \r \t \b \f
// escapes and a backslash at the end of a line continuing it). "#" after white
// space starts a comment. "include FILE" (one name, shell wildcards) is replaced
// by that file, relative to the including file, never outside the SourceTree.
class IpsecConfParser
{
public:
    IpsecConfParser(const SourceTree &tree, ImportLog &log) : m_tree(tree), m_log(log) {}

    // The sections of `file` and what it includes; a file with a syntax error
    // adds nothing (logged with its place).
    QList<IpsecConfSection> parseFile(const QString &file);
    QStringList filesRead() const { return m_read; }

private:
    bool parseInto(const QString &file, QList<IpsecConfSection> &out);
    void include(const QString &pattern, const SourcePlace &place, QList<IpsecConfSection> &out);

    const SourceTree &m_tree;
    ImportLog &m_log;
    QStringList m_stack;
    QStringList m_read;
};
