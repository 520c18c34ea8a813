#pragma once

#include "core/import/importlog.h"
#include "core/import/sourcetree.h"

#include <QList>
#include <QStringList>

// One entry of ipsec.secrets(5): "[selectors] : TYPE secret".
struct IpsecSecret
{
    QStringList selectors; // ids (addresses, FQDNs, %any); may be empty
    QString type;          // PSK, RSA, ECDSA, P12, EAP, NTLM, XAUTH, PIN
    QString secret;        // as written (quotes removed; 0x/0s kept)
    SourcePlace place;
};

// Reads ipsec.secrets(5): one entry a line, words separated by white space, the
// selectors and the secret split by a ":" surrounded by white space (or
// starting the line), a secret in double quotes (no quote or newline inside),
// "#" at the start of a line or after white space starts a comment, and
// "include FILE" (shell wildcards) relative to the including file, at most
// ImportLimits::kMaxIncludeDepth deep, never outside the SourceTree.
class IpsecSecretsParser
{
public:
    IpsecSecretsParser(const SourceTree &tree, ImportLog &log) : m_tree(tree), m_log(log) {}

    QList<IpsecSecret> parseFile(const QString &file);
    QStringList filesRead() const { return m_read; }

private:
    void parseInto(const QString &file, QList<IpsecSecret> &out);
    std::optional<IpsecSecret> entry(const QString &line, const SourcePlace &place);

    const SourceTree &m_tree;
    ImportLog &m_log;
    QStringList m_stack;
    QStringList m_read;
};
