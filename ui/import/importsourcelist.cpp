#include "ui/import/importsourcelist.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ImportSourceList::ImportSourceList(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_remove(new QPushButton(tr("&Remove"), this))
{
    auto *addFolder = new QPushButton(tr("Add &Folder…"), this);
    auto *addFiles = new QPushButton(tr("Add &Archives or Files…"), this);
    addFolder->setToolTip(tr("A copy of a box's / or /etc: one box"));
    addFiles->setToolTip(tr("A tar, tar.gz or zip of a box's files, a RouterOS export, an IOS "
                            "running-config, or one config file: each is one box"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_list->setAccessibleName(tr("Boxes to import"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {addFolder, addFiles, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    m_remove->setEnabled(false);
    connect(addFolder, &QPushButton::clicked, this, &ImportSourceList::addFolder);
    connect(addFiles, &QPushButton::clicked, this, &ImportSourceList::addFiles);
    connect(m_remove, &QPushButton::clicked, this, &ImportSourceList::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
}

QStringList ImportSourceList::paths() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->data(Qt::UserRole).toString());
    return out;
}

void ImportSourceList::addPaths(const QStringList &paths)
{
    QStringList known = this->paths();
    bool added = false;
    for (const QString &p : paths) {
        const QString absolute = QFileInfo(p).absoluteFilePath();
        if (p.isEmpty() || known.contains(absolute))
            continue;
        known.append(absolute);
        auto *item = new QListWidgetItem(QFileInfo(absolute).fileName(), m_list);
        item->setData(Qt::UserRole, absolute);
        item->setToolTip(absolute);
        m_lastDir = QFileInfo(absolute).absolutePath();
        added = true;
    }
    if (added)
        Q_EMIT pathsChanged(this->paths());
}

void ImportSourceList::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    Q_EMIT pathsChanged(paths());
}

void ImportSourceList::addFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a box's folder"), m_lastDir);
    if (!dir.isEmpty())
        addPaths({dir});
}

void ImportSourceList::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add archives or files"), m_lastDir,
        tr("Archives and configs (*.tar *.tar.gz *.tgz *.zip *.rsc *.conf *.txt *.cfg);;All files (*)"));
    addPaths(files);
}
