#include "ui/import/importtreefill.h"

#include "core/import/importreport.h"
#include "core/import/importrun.h"
#include "ui/import/importresultview.h"

#include <QApplication>
#include <QColor>
#include <QHash>
#include <QStyle>
#include <QTreeWidget>

namespace {

using Kind = ImportNote::Kind;
constexpr Kind kOrder[] = {Kind::Error, Kind::Contradiction, Kind::NotRepresented, Kind::Mapped};

int column(Kind k)
{
    switch (k) {
    case Kind::Mapped: return ImportResultView::Mapped;
    case Kind::NotRepresented: return ImportResultView::NotRepresented;
    case Kind::Contradiction: return ImportResultView::Contradictions;
    case Kind::Error: return ImportResultView::Errors;
    }
    return ImportResultView::Mapped;
}

QString kindText(Kind k)
{
    switch (k) {
    case Kind::Mapped: return ImportResultView::tr("mapped");
    case Kind::NotRepresented: return ImportResultView::tr("not represented");
    case Kind::Contradiction: return ImportResultView::tr("contradiction");
    case Kind::Error: return ImportResultView::tr("error");
    }
    return {};
}

// A file's (or the box's) row with its counts and its notes as children.
void addNotes(QTreeWidgetItem *row, const QList<const ImportNote *> &notes)
{
    int counts[4] = {0, 0, 0, 0};
    for (const Kind k : kOrder) {
        for (const ImportNote *n : notes) {
            if (n->kind != k)
                continue;
            ++counts[int(k)];
            auto *line = new QTreeWidgetItem(row, {ImportReport::line(*n), kindText(k)});
            line->setToolTip(0, kindText(k) + u": " + line->text(0));
            line->setFirstColumnSpanned(true); // the whole line, across the count columns
            if (k == Kind::Error || k == Kind::Contradiction)
                line->setForeground(0, QColor(0xc6, 0x28, 0x28));
            else if (k == Kind::NotRepresented)
                line->setForeground(0, row->treeWidget()->palette().color(QPalette::PlaceholderText));
        }
    }
    for (const Kind k : kOrder)
        row->setText(column(k), QString::number(counts[int(k)]));
    if (counts[int(Kind::Error)] + counts[int(Kind::Contradiction)] > 0)
        row->setIcon(0, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

} // namespace

namespace ImportTreeFill {

void fill(QTreeWidget *tree, const ImportRun &run)
{
    tree->clear();
    for (qsizetype i = 0; i < run.boxes.size(); ++i) {
        const BoxScan &b = run.boxes.at(i);
        const QString site = run.topology.sites.value(i).id;
        auto *box = new QTreeWidgetItem(
            tree, {ImportResultView::tr("%1 → site %2").arg(ImportReport::escaped(b.facts.label), site)});
        QHash<QString, QList<const ImportNote *>> byFile;
        QList<const ImportNote *> elsewhere;
        for (const ImportNote &n : b.log.notes()) {
            if (b.formats.contains(n.place.file))
                byFile[n.place.file].append(&n);
            else
                elsewhere.append(&n);
        }
        for (auto it = b.formats.cbegin(); it != b.formats.cend(); ++it) {
            auto *file = new QTreeWidgetItem(box, {ImportReport::escaped(it.key()), it.value()});
            file->setToolTip(1, it.value());
            addNotes(file, byFile.value(it.key()));
        }
        if (!elsewhere.isEmpty())
            addNotes(new QTreeWidgetItem(box, {ImportResultView::tr("(the box as a whole)")}), elsewhere);
        for (const Kind k : kOrder)
            box->setText(column(k), QString::number(b.log.ofKind(k).size()));
        box->setExpanded(true);
    }
}

} // namespace ImportTreeFill
