#pragma once

#include "core/validation/finding.h"
#include "core/validation/valuerules.h"

#include <QList>

// Collects findings; the checks add to it through these helpers.
class FindingSink
{
public:
    void add(Finding::Severity severity, const QString &code, const QString &message,
             const QStringList &objects, const QStringList &paths)
    {
        m_findings.append(
            Finding{severity, code, ValueRules::escapeControls(message), objects, paths});
    }
    void error(const QString &code, const QString &message, const QStringList &objects,
               const QStringList &paths)
    {
        add(Finding::Severity::Error, code, message, objects, paths);
    }
    void warning(const QString &code, const QString &message, const QStringList &objects,
                 const QStringList &paths)
    {
        add(Finding::Severity::Warning, code, message, objects, paths);
    }
    void info(const QString &code, const QString &message, const QStringList &objects,
              const QStringList &paths)
    {
        add(Finding::Severity::Info, code, message, objects, paths);
    }

    const QList<Finding> &findings() const { return m_findings; }
    QList<Finding> take() { return std::move(m_findings); }

private:
    QList<Finding> m_findings;
};
