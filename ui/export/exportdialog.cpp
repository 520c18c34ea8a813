#include "ui/export/exportdialog.h"

#include "core/bundle/exportplan.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editorsession.h"
#include "ui/export/exportjob.h"
#include "ui/export/exportoptionsform.h"
#include "ui/export/exportresultview.h"
#include "ui/secrets/secretsstore.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int kListedFiles = 10; // in the overwrite question

} // namespace

ExportDialog::ExportDialog(EditorSession *session, QWidget *parent, OverwriteQuestion ask)
    : QDialog(parent), m_session(session), m_ask(std::move(ask)),
      m_options(new ExportOptionsForm(session->document()->topology(),
                                      defaultFolder(session->fileName()), this)),
      m_progress(new QProgressBar(this)), m_step(new QLabel(this)),
      m_results(new ExportResultView(this))
{
    setWindowTitle(tr("Export Bundles"));
    auto *intro = new QLabel(tr("Writes one archive per site (its configs, scripts and "
                                "README) and one per user (the profile to import), with "
                                "secret-bearing files readable only by their owner."),
                             this);
    intro->setWordWrap(true);
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setToolTip(tr("Bundles built and archives written"));
    m_step->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setToolTip(tr("Write the archives into the output folder"));
    m_export->setDefault(true);
    m_cancel = buttons->addButton(tr("&Cancel Export"), QDialogButtonBox::ActionRole);
    m_cancel->setToolTip(tr("Stop the export; nothing is written"));
    m_openFolder = buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setToolTip(tr("Show the output folder in the file manager"));
    m_close = buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_options);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(720, 480);

    // The buttons act themselves (the box's accepted/rejected stay unconnected):
    // Export must not close the dialog.
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_openFolder, &QPushButton::clicked, this, &ExportDialog::openFolder);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_options, &ExportOptionsForm::validChanged, this, [this](bool valid) {
        m_export->setEnabled(valid && !m_job);
    });
    setRunning(false);
    m_openFolder->setEnabled(false);
    m_options->setFocus();
}

ExportDialog::~ExportDialog() = default; // a running job cancels and waits in its destructor

QString ExportDialog::defaultFolder(const QString &topologyFile)
{
    if (!topologyFile.isEmpty())
        return QFileInfo(topologyFile).absoluteDir().filePath(QStringLiteral("bundles"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("RouteStudio bundles"));
}

bool ExportDialog::startExport()
{
    if (m_job || !m_options->isValid())
        return false;
    m_results->clear();
    ExportRequest request{m_session->document()->topology(), m_session->secrets()->secrets(),
                          m_options->selection(), m_options->format(), m_options->folder()};
    QString error;
    const auto plan = ExportPlan::make(request.topology, request.selection, &error);
    if (!plan) {
        m_results->showMessage(tr("Nothing was exported: %1").arg(error), true);
        return false;
    }
    const QDir folder(request.folder);
    QStringList existing;
    for (const QString &name : plan->archiveNames(request.format)) {
        if (QFileInfo::exists(folder.filePath(name)))
            existing << name;
    }
    const QString ansible = QLatin1String(ExportPlan::kAnsibleFolder);
    if (plan->ansible && QFileInfo::exists(folder.filePath(ansible)))
        existing << ansible + QLatin1Char('/');
    if (!existing.isEmpty() && !askOverwrite(existing)) {
        m_results->showMessage(tr("Nothing was exported: the existing files were kept."), false);
        return false;
    }
    m_options->remember();
    m_lastFolder = request.folder;
    m_job = new ExportJob(std::move(request), this);
    connect(m_job, &ExportJob::progress, this, &ExportDialog::showProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::finishExport);
    setRunning(true);
    m_progress->setRange(0, 0); // busy until the first step arrives
    m_step->setText(tr("Checking the topology and generating the files…"));
    Q_EMIT jobStarted(m_job);
    m_job->start();
    return true;
}

bool ExportDialog::askOverwrite(const QStringList &existing)
{
    if (m_ask)
        return m_ask(existing);
    QStringList shown = existing.mid(0, kListedFiles);
    if (existing.size() > kListedFiles)
        shown << tr("… and %n more", nullptr, int(existing.size() - kListedFiles));
    QMessageBox box(QMessageBox::Question, tr("Replace Existing Files?"),
                    tr("%n file(s) in the output folder will be replaced.", nullptr,
                       int(existing.size())),
                    QMessageBox::Cancel, this);
    box.setInformativeText(shown.join(QLatin1Char('\n')));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
}

void ExportDialog::cancelExport()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling…"));
}

void ExportDialog::showProgress(int done, int total, const QString &item, bool writing)
{
    if (!m_job)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (writing) {
        // The write phase is short and not interrupted: an export writes all or nothing.
        m_cancel->setEnabled(false);
        m_step->setText(item.isEmpty() ? tr("Finishing…") : tr("Writing %1…").arg(item));
    } else if (!m_job->isCancelRequested()) {
        m_step->setText(item == QLatin1String("generate")
                            ? tr("Checking the topology and generating the files…")
                            : tr("Building %1…").arg(item));
    }
}

void ExportDialog::finishExport()
{
    ExportJob *job = m_job;
    m_job = nullptr;
    const BundleExport &result = job->result();
    m_results->showResult(result, m_lastFolder);
    m_progress->setRange(0, 1);
    m_progress->setValue(result.ok ? 1 : 0);
    m_step->setText(result.ok ? tr("Done.") : QString());
    m_openFolder->setEnabled(!result.written.isEmpty());
    setRunning(false);
    m_close->setFocus();
    const bool ok = result.ok;
    job->deleteLater();
    Q_EMIT exportFinished(ok);
    if (m_closeWhenDone)
        QDialog::reject();
}

void ExportDialog::setRunning(bool running)
{
    m_options->setEnabled(!running);
    m_export->setEnabled(!running && m_options->isValid());
    m_cancel->setEnabled(running);
    m_cancel->setVisible(running);
    m_close->setEnabled(!running);
}

void ExportDialog::openFolder()
{
    if (!m_lastFolder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFolder));
}

void ExportDialog::reject()
{
    if (m_job) {
        // Escape or the window's close button while running: cancel, close when it ends.
        m_closeWhenDone = true;
        cancelExport();
        return;
    }
    QDialog::reject();
}
