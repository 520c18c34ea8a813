#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/validation/finding.h"

#include <QList>
#include <QMutex>

#include <deque>
#include <future>
#include <utility>

// One validation (with secrets) per revision of an editor session's document
// and secrets, shared by everything in the editor that needs one: the
// Findings, the Preview's plan and the box checks (File → Check Boxes…). Each
// asks from its own worker thread; the first to ask for a revision validates,
// and one asking for the same revision meanwhile waits for that result
// instead of validating again. Thread-safe; holds the last few revisions.
class SharedValidation
{
public:
    // EditorSession::revision(): TopologyDocument::contentRevision and
    // SecretsStore::revision when the copies were taken.
    using Revision = std::pair<quint64, quint64>;

    SharedValidation() = default;
    Q_DISABLE_COPY_MOVE(SharedValidation)

    // Validator::validate(topology, &secrets), where `topology` and `secrets`
    // are the session's content at `revision`.
    QList<Finding> findings(Revision revision, const Topology &topology,
                            const Secrets &secrets);

private:
    static constexpr size_t kKept = 4; // a few revisions in flight at once (Findings, Preview)

    QMutex m_mutex;
    std::deque<std::pair<Revision, std::shared_future<QList<Finding>>>> m_results;
};
