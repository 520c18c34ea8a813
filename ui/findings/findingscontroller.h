#pragma once

#include "core/validation/finding.h"

#include <QObject>
#include <QTimer>

class SecretsStore;
class TopologyDocument;

// Re-validates the document (with its secrets) shortly after edits stop:
// a burst of edits costs one validation.
class FindingsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsController)

public:
    FindingsController(TopologyDocument *document, SecretsStore *secrets,
                       QObject *parent = nullptr);

    const QList<Finding> &findings() const { return m_findings; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    void validateNow();
    bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    void findingsChanged(const QList<Finding> &findings);

private:
    TopologyDocument *m_document;
    SecretsStore *m_secrets;
    QTimer m_timer;
    QList<Finding> m_findings;
};
