#include "ui/import/importresultview.h"

#include "ui/import/importoutcome.h"
#include "ui/import/importtreefill.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportResultView::ImportResultView(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setTextFormat(Qt::PlainText);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Box, file or statement"), tr("Read as"), tr("Mapped"),
                             tr("Not represented"), tr("Contradictions"), tr("Errors")});
    m_tree->setAccessibleName(tr("Files found and what each gave"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c = ReadAs; c < ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_tree, 1);
}

void ImportResultView::showMessage(const QString &text, bool error)
{
    m_error = error;
    m_headline->setText(text);
    m_headline->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold")
                                    : QString());
}

void ImportResultView::showOutcome(const ImportOutcome &outcome)
{
    m_tree->clear();
    if (!outcome.run) {
        showMessage(tr("Nothing was imported: %1").arg(outcome.error), true);
        return;
    }
    ImportTreeFill::fill(m_tree, *outcome.run);
    if (!outcome.readSomething()) {
        showMessage(tr("Nothing could be read: none of these files is in a format the import "
                       "reads (%1).")
                        .arg(BoxScan::formatNames()),
                    true);
        return;
    }
    showMessage(summary(outcome), outcome.run->hasErrors());
}

QString ImportResultView::headline() const
{
    return m_headline->text();
}

QString ImportResultView::summary(const ImportOutcome &outcome) const
{
    const ImportRun &run = *outcome.run;
    int files = 0;
    int counts[4] = {0, 0, 0, 0};
    for (const BoxScan &b : run.boxes) {
        files += int(b.formats.size());
        for (const ImportNote &n : b.log.notes())
            ++counts[int(n.kind)];
    }
    using K = ImportNote::Kind;
    QString out = tr("Read %1 of %2 files from %n box(es)", nullptr, int(run.boxes.size()))
                      .arg(run.filesRead())
                      .arg(files)
                  + u": "
                  + tr("%1 sites, %2 links, %3 profiles, %4 PSKs, %5 users.")
                        .arg(run.topology.sites.size())
                        .arg(run.topology.links.size())
                        .arg(run.topology.profiles.size())
                        .arg(run.secrets.psk.size())
                        .arg(run.secrets.users.size())
                  + u'\n'
                  + tr("%1 errors, %2 contradictions, %3 not represented, %4 mapped "
                       "(expand a file for its lines).")
                        .arg(counts[int(K::Error)])
                        .arg(counts[int(K::Contradiction)])
                        .arg(counts[int(K::NotRepresented)])
                        .arg(counts[int(K::Mapped)]);
    if (!outcome.findings.isEmpty())
        out += u'\n'
               + tr("Validation of the imported topology: %n finding(s), listed in the Findings "
                    "panel once it is open.",
                    nullptr, int(outcome.findings.size()));
    return out;
}
