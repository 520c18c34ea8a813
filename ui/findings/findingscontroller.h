#pragma once

#include "core/validation/finding.h"
#include "ui/canvas/findingmarks.h"

#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

class EditorSession;
class LatestJob;
class QThreadPool;

// Re-validates the document (with its secrets) after an edit, off the GUI
// thread (LatestJob: a copy of the document, the newest result wins): the
// edits of one turn of the event loop cost one validation, those made while
// it runs one more, and a large topology never stalls the window. The
// canvas marks (by object) are made there too. The validation is the
// session's SharedValidation of that revision: the Preview and the box
// checks use the same one, none validates it again.
class FindingsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsController)

public:
    explicit FindingsController(EditorSession *session, QObject *parent = nullptr);

    const QList<Finding> &findings() const { return m_findings; }
    const FindingMarks &marks() const { return m_marks; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    void validateNow(); // starts a validation; findingsChanged() when it is done
    bool isPending() const;
    // A folder of box collections (collections/<site>/, docs/check.md): each
    // validation also checks those boxes against the plan, and it runs again
    // every `refreshMs` (the audit play refreshes the folder). Empty: none.
    void setCheckFolder(const QString &folder, int refreshMs = 60000);
    const QString &checkFolder() const { return m_checkFolder; }
    // Faults per checked site of the last run (0: every item passes).
    const QMap<QString, int> &checkFailures() const { return m_checkFailures; }
    // Per checked site, its links that carry traffic now (docs/failover.md).
    const QMap<QString, QSet<QString>> &activeLinks() const { return m_activeLinks; }

Q_SIGNALS:
    void findingsChanged(const QList<Finding> &findings);

private:
    EditorSession *m_session;
    QTimer m_timer;
    QThreadPool *m_pool; // before m_job: a child, deleted first (it waits for its thread)
    LatestJob *m_job;
    QList<Finding> m_findings;
    FindingMarks m_marks;
    QString m_checkFolder;
    QTimer m_checkTimer;
    QMap<QString, int> m_checkFailures;
    QMap<QString, QSet<QString>> m_activeLinks;
};
