#pragma once

#include "core/model/topology.h"
#include "core/validation/finding.h"

#include <QMainWindow>

class QTreeWidget;

// The first window: opens a topology file and shows its sites and findings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setTopology(const Topology &topology, const QString &fileName);
    bool openFile(const QString &fileName); // shows an error dialog on failure
    const QList<Finding> &findings() const { return m_findings; }

private:
    void openDialog();
    void refresh();

    Topology m_topology;
    QString m_fileName;
    QList<Finding> m_findings;
    QTreeWidget *m_sites = nullptr;
    QTreeWidget *m_findingList = nullptr;
};
