#pragma once

#include "core/validation/finding.h"

#include <QAbstractTableModel>
#include <QIcon>

// The findings as a table: severity, code, message, objects.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, ObjectsColumn, ColumnCount };
    enum Role { SeverityRankRole = Qt::UserRole + 1 };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const Finding &finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
    QIcon m_severityIcons[3]; // by Finding::Severity: made once, the SVGs render once per size

};
