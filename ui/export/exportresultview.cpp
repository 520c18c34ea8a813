#include "ui/export/exportresultview.h"

#include "core/bundle/bundleexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { FileColumn, SizeColumn, HashColumn };

QString bulletList(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin:0\">");
    for (const QString &l : lines)
        html += QStringLiteral("<li>%1</li>").arg(l.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

ExportResultView::ExportResultView(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_archives(new QTreeWidget(this))
{
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse
                                        | Qt::TextSelectableByKeyboard);
    m_archives->setColumnCount(3);
    m_archives->setHeaderLabels({tr("Archive"), tr("Size"), tr("SHA-256")});
    m_archives->setRootIsDecorated(false);
    m_archives->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_archives->setToolTip(tr("Every archive written, with its size and SHA-256 digest; "
                              "Ctrl+C copies the selected rows as SHA256SUMS lines"));
    m_archives->header()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_archives->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    auto *copy = new QAction(tr("&Copy"), m_archives);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_archives->addAction(copy);
    m_archives->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(copyText()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_archives, 1);
}

void ExportResultView::clear()
{
    m_headline->clear();
    m_archives->clear();
}

void ExportResultView::showMessage(const QString &text, bool error)
{
    m_headline->setText(error ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped())
                              : text.toHtmlEscaped());
}

void ExportResultView::showResult(const BundleExport &result, const QString &folder)
{
    clear();
    const QLocale locale;
    for (const ExportedArchive &a : result.archives) {
        auto *item = new QTreeWidgetItem(m_archives);
        item->setText(FileColumn, QFileInfo(a.path).fileName());
        item->setToolTip(FileColumn, QDir::toNativeSeparators(a.path));
        item->setText(SizeColumn, locale.formattedDataSize(a.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(HashColumn, QString::fromLatin1(a.sha256));
        item->setFont(HashColumn, QFont(QStringLiteral("monospace")));
    }
    const QString where = QDir::toNativeSeparators(folder);
    QString html;
    if (result.ok) {
        const qsizetype others = result.written.size() - result.archives.size();
        html = tr("Wrote %n archive(s) to %1.", nullptr, int(result.archives.size()))
                   .arg(where.toHtmlEscaped());
        if (others > 0)
            html += QLatin1Char(' ')
                    + tr("The Ansible folder (%n file(s)) is in %1.", nullptr, int(others))
                          .arg(QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral(
                                                            "ansible")))
                                   .toHtmlEscaped());
    } else if (result.cancelled) {
        html = QStringLiteral("<b>%1</b>").arg(tr("The export was cancelled. Nothing was written."));
    } else if (result.validationFailed) {
        QStringList errors;
        int count = 0;
        for (const Finding &f : result.findings) {
            if (f.severity != Finding::Severity::Error)
                continue;
            if (++count <= kMaxFindings)
                errors << QStringLiteral("%1: %2").arg(f.code, f.message);
        }
        html = QStringLiteral("<b>%1</b>")
                   .arg(tr("Nothing was exported: the topology has %n validation error(s). "
                           "Fix them first (see the Findings panel).",
                           nullptr, count)
                            .toHtmlEscaped());
        html += bulletList(errors);
        if (count > kMaxFindings)
            html += tr("… and %n more.", nullptr, count - kMaxFindings).toHtmlEscaped();
    } else {
        html = QStringLiteral("<b>%1</b>").arg(tr("The export failed: %1").arg(result.error).toHtmlEscaped());
        if (!result.written.isEmpty()) {
            html += tr("Written before the error:").toHtmlEscaped();
            QStringList paths;
            for (const QString &p : result.written)
                paths << QDir::toNativeSeparators(p);
            html += bulletList(paths);
        } else {
            html += QLatin1Char(' ') + tr("Nothing was written.").toHtmlEscaped();
        }
    }
    if (!result.warnings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Warnings:").toHtmlEscaped());
        html += bulletList(result.warnings);
    }
    m_headline->setText(html);
}

QString ExportResultView::headline() const { return m_headline->text(); }

QString ExportResultView::copyText() const
{
    QString text;
    const QList<QTreeWidgetItem *> items = m_archives->selectedItems().isEmpty()
                                               ? m_archives->findItems(QString(), Qt::MatchContains)
                                               : m_archives->selectedItems();
    for (const QTreeWidgetItem *item : items)
        text += item->text(HashColumn) + QStringLiteral("  ") + item->text(FileColumn)
                + QLatin1Char('\n');
    return text;
}
