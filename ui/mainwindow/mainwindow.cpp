#include "ui/mainwindow/mainwindow.h"

#include "core/io/topologyreader.h"
#include "core/validation/validator.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_sites = new QTreeWidget(splitter);
    m_sites->setHeaderLabels({tr("Site"), tr("Role"), tr("Platform"), tr("Public address"),
                              tr("LANs")});
    m_sites->setAccessibleName(tr("Sites"));
    m_findingList = new QTreeWidget(splitter);
    m_findingList->setHeaderLabels({tr("Severity"), tr("Code"), tr("Message")});
    m_findingList->setAccessibleName(tr("Findings"));
    m_findingList->header()->setStretchLastSection(true);
    setCentralWidget(splitter);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    resize(1000, 640);
}

void MainWindow::openDialog()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Open topology"), QString(),
                                                   tr("Topologies (*.topology.json *.json)"));
    if (!f.isEmpty())
        openFile(f);
}

bool MainWindow::openFile(const QString &fileName)
{
    LoadError error;
    const auto t = TopologyReader::fromFile(fileName, &error);
    if (!t) {
        QMessageBox::warning(this, tr("Cannot open topology"), error.toString());
        return false;
    }
    setTopology(*t, fileName);
    return true;
}

void MainWindow::setTopology(const Topology &topology, const QString &fileName)
{
    m_topology = topology;
    m_fileName = fileName;
    m_findings = Validator::validate(m_topology);
    refresh();
}

void MainWindow::refresh()
{
    setWindowTitle(tr("%1 — RouteStudio")
                       .arg(m_fileName.isEmpty() ? m_topology.name
                                                 : QFileInfo(m_fileName).fileName()));
    m_sites->clear();
    for (const Site &s : m_topology.sites) {
        QStringList lans;
        for (const Ipv4Prefix &p : s.lans)
            lans << p.toString();
        new QTreeWidgetItem(m_sites, {s.name.isEmpty() ? s.id : s.name, Enums::toString(s.role),
                                      Enums::toString(s.platform), s.publicAddress,
                                      lans.join(QStringLiteral(", "))});
    }
    m_findingList->clear();
    for (const Finding &f : m_findings) {
        new QTreeWidgetItem(m_findingList,
                            {Finding::severityName(f.severity), f.code, f.message});
    }
    statusBar()->showMessage(tr("%n site(s)", nullptr, int(m_topology.sites.size())) + u' '
                             + tr("%n finding(s)", nullptr, int(m_findings.size())));
}
