#include "ui/compare/comparewindow.h"

#include "core/import/deploymentcompare.h"
#include "ui/compare/comparetreefill.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editorsession.h"
#include "ui/jobs/latestjob.h"
#include "ui/preview/confighighlighter.h"
#include "ui/secrets/secretsstore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

CompareWindow::CompareWindow(EditorSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_folderLabel(new QLabel(this)), m_status(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_diff(new QPlainTextEdit(this)),
      m_highlighter(new ConfigHighlighter(m_diff->document())),
      m_choose(new QPushButton(tr("Choose &Folder…"), this)), m_job(new LatestJob(this))
{
    setObjectName(QStringLiteral("CompareWindow"));
    setWindowTitle(tr("Compare with Imported Files"));
    auto *intro = new QLabel(tr("Compare the files on your boxes with what RouteStudio generates from this "
                                "topology. Choose a folder holding one folder or archive per box, named "
                                "after its site (as Import reads them). Secrets are masked."),
                             this);
    intro->setWordWrap(true);
    m_folderLabel->setText(tr("No folder chosen."));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_tree->setColumnCount(CompareTreeFill::ColumnCount);
    m_tree->setHeaderLabels({tr("Box and file"), tr("Status")});
    m_tree->header()->setSectionResizeMode(CompareTreeFill::Name, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Boxes and their files"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setAccessibleName(tr("Differences"));
    m_highlighter->setDiffMode(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_folderLabel, 1);
    row->addWidget(m_choose);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_diff);
    split->setStretchFactor(1, 2);
    split->setSizes({460, 740});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &CompareWindow::compareNow);
    connect(m_choose, &QPushButton::clicked, this, &CompareWindow::chooseFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CompareWindow::showSelected);
    connect(session->document(), &TopologyDocument::contentChanged, this, &CompareWindow::scheduleCompare);
    connect(session->document(), &TopologyDocument::resetDone, this, &CompareWindow::scheduleCompare);
    connect(session->secrets(), &SecretsStore::changed, this, &CompareWindow::scheduleCompare);
    resize(1200, 760);
}

CompareWindow::~CompareWindow()
{
    delete m_job; // waits for the worker before the widgets it reports to go
}

QString CompareWindow::status() const { return m_status->text(); }

void CompareWindow::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of Box Configs"), m_folder);
    if (!dir.isEmpty())
        compareWith(dir);
}

void CompareWindow::compareWith(const QString &folder)
{
    m_folder = folder;
    m_folderLabel->setText(folder);
    compareNow();
}

void CompareWindow::scheduleCompare()
{
    if (isVisible() && !m_folder.isEmpty())
        m_timer.start();
}

void CompareWindow::compareNow()
{
    m_timer.stop();
    if (m_folder.isEmpty())
        return;
    // The worker gets copies (implicitly shared): edits go on while it runs.
    const QString folder = m_folder;
    const Topology topology = m_session->document()->topology();
    const Secrets secrets = m_session->secrets()->secrets();
    setStatus(tr("Comparing…"), false);
    QPointer<CompareWindow> self(this);
    m_job->request([self, folder, topology, secrets]() -> LatestJob::Apply {
        auto result = std::make_shared<const DeploymentCompare>(DeploymentCompare::run(folder, &topology, &secrets));
        return [self, result] {
            if (self)
                self->applyResult(*result);
        };
    });
}

void CompareWindow::applyResult(const DeploymentCompare &result)
{
    const QString selected = m_tree->currentItem() ? m_tree->currentItem()->text(CompareTreeFill::Name) : QString();
    CompareTreeFill::fill(m_tree, result);
    bool error = false;
    const QString summary = CompareTreeFill::summary(result, &error);
    setStatus(summary, error);
    const QList<QTreeWidgetItem *> again = m_tree->findItems(selected, Qt::MatchExactly | Qt::MatchRecursive);
    m_tree->setCurrentItem(!again.isEmpty() ? again.constFirst() : m_tree->topLevelItem(0));
    showSelected();
}

void CompareWindow::showSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_diff->setPlainText(item ? item->data(CompareTreeFill::Name, CompareTreeFill::DiffRole).toString() : QString());
}

void CompareWindow::setStatus(const QString &text, bool error)
{
    m_error = error;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold") : QString());
}
