#pragma once

#include "core/import/importnote.h"

#include <QList>

// Collects the notes of one import, in the order they were made.
class ImportLog
{
public:
    void mapped(const SourcePlace &place, const QString &statement, const QString &to);
    void notRepresented(const SourcePlace &place, const QString &statement, const QString &why);
    void error(const SourcePlace &place, const QString &message);
    void contradiction(const SourcePlace &place, const SourcePlace &other, const QString &message);

    const QList<ImportNote> &notes() const { return m_notes; }
    QList<ImportNote> ofKind(ImportNote::Kind kind) const;
    bool hasErrors() const;

private:
    QList<ImportNote> m_notes;
};
