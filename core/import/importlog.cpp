#include "core/import/importlog.h"

QString ImportNote::kindName(Kind k)
{
    switch (k) {
    case Kind::Mapped:
        return QStringLiteral("mapped");
    case Kind::NotRepresented:
        return QStringLiteral("not-represented");
    case Kind::Error:
        return QStringLiteral("error");
    case Kind::Contradiction:
        return QStringLiteral("contradiction");
    }
    return {};
}

void ImportLog::mapped(const SourcePlace &place, const QString &statement, const QString &to)
{
    m_notes.append({ImportNote::Kind::Mapped, place, statement, to, {}});
}

void ImportLog::notRepresented(const SourcePlace &place, const QString &statement,
                               const QString &why)
{
    m_notes.append({ImportNote::Kind::NotRepresented, place, statement, why, {}});
}

void ImportLog::error(const SourcePlace &place, const QString &message)
{
    m_notes.append({ImportNote::Kind::Error, place, {}, message, {}});
}

void ImportLog::contradiction(const SourcePlace &place, const SourcePlace &other,
                              const QString &message)
{
    m_notes.append({ImportNote::Kind::Contradiction, place, {}, message, other});
}

QList<ImportNote> ImportLog::ofKind(ImportNote::Kind kind) const
{
    QList<ImportNote> out;
    for (const ImportNote &n : m_notes) {
        if (n.kind == kind)
            out.append(n);
    }
    return out;
}

bool ImportLog::hasErrors() const
{
    for (const ImportNote &n : m_notes) {
        if (n.kind == ImportNote::Kind::Error)
            return true;
    }
    return false;
}
