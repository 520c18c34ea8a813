#include "ui/import/importdialog.h"

#include "ui/import/importoutcome.h"
#include "ui/import/importresultview.h"
#include "ui/import/importsourcelist.h"
#include "ui/jobs/latestjob.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent), m_sources(new ImportSourceList(this)), m_results(new ImportResultView(this)),
      m_progress(new QProgressBar(this)), m_step(new QLabel(this)), m_job(new LatestJob(this))
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import Boxes"));
    auto *intro = new QLabel(tr("Add copies of your boxes' configuration: each folder (a copy "
                                "of / or /etc), archive or file is one box."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open as New Topology"), QDialogButtonBox::AcceptRole);
    m_open->setEnabled(false);
    m_progress->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_sources);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    m_results->showMessage(tr("No boxes added yet."), false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sources, &ImportSourceList::pathsChanged, this, &ImportDialog::startImport);
    connect(m_job, &LatestJob::idle, this, [this] {
        m_progress->setVisible(false);
        m_step->clear();
    });
    resize(1100, 700);
}

ImportDialog::~ImportDialog()
{
    delete m_job; // waits for the worker before the widgets it reports to go
}

const Topology &ImportDialog::topology() const
{
    static const Topology none;
    return m_outcome && m_outcome->run ? m_outcome->run->topology : none;
}

const Secrets &ImportDialog::secrets() const
{
    static const Secrets none;
    return m_outcome && m_outcome->run ? m_outcome->run->secrets : none;
}

void ImportDialog::startImport(const QStringList &paths)
{
    m_open->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_step->setText(tr("Importing %n box(es)…", nullptr, int(paths.size())));
    const int revision = m_job->requestedRevision() + 1;
    QPointer<ImportDialog> self(this);
    m_job->request([self, paths, revision]() -> LatestJob::Apply {
        auto progress = [self, revision](int done, int total, const QString &box) {
            QMetaObject::invokeMethod(self.data(), [self, revision, done, total, box] {
                if (self)
                    self->showProgress(revision, done, total, box);
            }, Qt::QueuedConnection);
        };
        auto outcome = std::make_shared<const ImportOutcome>(ImportOutcome::compute(paths, progress));
        return [self, outcome] {
            if (self) {
                self->m_outcome = outcome;
                self->applyOutcome(*outcome);
            }
        };
    });
}

void ImportDialog::showProgress(int revision, int done, int total, const QString &box)
{
    if (revision != m_job->requestedRevision())
        return; // a newer list is waiting: its import reports its own steps
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_step->setText(done * 2 <= total ? tr("Read %1").arg(box) : tr("Scanned %1").arg(box));
}

void ImportDialog::applyOutcome(const ImportOutcome &outcome)
{
    if (outcome.paths.isEmpty()) {
        m_results->tree()->clear();
        m_results->showMessage(tr("No boxes added yet."), false);
        return;
    }
    m_results->showOutcome(outcome);
    m_open->setEnabled(outcome.readSomething() && !outcome.run->topology.sites.isEmpty());
}
