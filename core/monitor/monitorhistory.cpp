#include "core/monitor/monitorhistory.h"

#include <algorithm>

MonitorHistory::MonitorHistory(int maxRecords) : m_maxRecords(std::max(1, maxRecords)) {}

void MonitorHistory::add(const QString &targetKey, const ProbeSample &sample)
{
    m_records.append(Record{targetKey, sample});
    if (m_records.size() > m_maxRecords) {
        // Drop a tenth at once so that a full history costs no copy per probe.
        const qsizetype excess = m_records.size() - m_maxRecords;
        const qsizetype drop = std::max<qsizetype>(excess, m_maxRecords / 10);
        const qsizetype n = std::min(drop, m_records.size() - 1);
        m_records.remove(0, n);
        m_dropped += int(n);
    }
}
