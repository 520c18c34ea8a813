#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QDialog>
#include <memory>

struct ImportOutcome;
class ImportResultView;
class ImportSourceList;
class LatestJob;
class QLabel;
class QProgressBar;
class QPushButton;

// File → Import…: the admin adds copies of boxes (each folder, archive or
// file is one box, as `routestudio-cli import` reads its arguments); every
// change of the list imports them anew with core ImportRun on a pool thread
// (LatestJob: the newest list wins, the window never waits), a progress bar
// running meanwhile. The result lists each box's files and what each gave;
// "Open as New Topology" accepts the dialog with the imported topology and
// its secrets (secrets never shown: the report holds none).
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override; // waits for an import still running

    ImportSourceList *sources() const { return m_sources; }
    ImportResultView *results() const { return m_results; }
    LatestJob *job() const { return m_job; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *openButton() const { return m_open; }

    // Valid once an import read something (openButton() enabled).
    const Topology &topology() const;
    const Secrets &secrets() const;

private:
    void startImport(const QStringList &paths);
    void showProgress(int revision, int done, int total, const QString &box);
    void applyOutcome(const ImportOutcome &outcome);

    ImportSourceList *m_sources;
    ImportResultView *m_results;
    QProgressBar *m_progress;
    QLabel *m_step;
    QPushButton *m_open;
    LatestJob *m_job;
    std::shared_ptr<const ImportOutcome> m_outcome;
};
