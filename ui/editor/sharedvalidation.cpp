#include "ui/editor/sharedvalidation.h"

#include "core/validation/validator.h"

QList<Finding> SharedValidation::findings(Revision revision, const Topology &topology,
                                          const Secrets &secrets)
{
    std::promise<QList<Finding>> mine;
    std::shared_future<QList<Finding>> result;
    bool ours = false;
    {
        const QMutexLocker lock(&m_mutex);
        for (const auto &[r, f] : m_results) {
            if (r == revision)
                result = f;
        }
        if (!result.valid()) {
            ours = true;
            result = mine.get_future().share();
            m_results.emplace_back(revision, result);
            if (m_results.size() > kKept)
                m_results.pop_front();
        }
    }
    // No one had asked for this revision: validated here, outside the lock.
    // Otherwise another asker's result, waited for while it still runs.
    if (ours) {
        try {
            mine.set_value(Validator::validate(topology, &secrets));
        } catch (...) {
            mine.set_exception(std::current_exception());
        }
    }
    return result.get();
}
