#pragma once

#include "core/monitor/probesample.h"

#include <QList>
#include <QString>

// Every probe of a monitoring session, in the order the results came in, for
// the CSV export. Bounded: past `maxRecords` the oldest records are dropped
// (a day at one probe per second for eleven targets fits).
class MonitorHistory
{
public:
    struct Record
    {
        QString targetKey;
        ProbeSample sample;
    };

    static constexpr int kDefaultMaxRecords = 1000000;

    explicit MonitorHistory(int maxRecords = kDefaultMaxRecords);

    void add(const QString &targetKey, const ProbeSample &sample);
    void clear() { m_records.clear(); }
    const QList<Record> &records() const { return m_records; }
    int droppedCount() const { return m_dropped; }

private:
    int m_maxRecords;
    int m_dropped = 0;
    QList<Record> m_records;
};
