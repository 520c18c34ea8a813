#pragma once

#include <QDialog>
#include <functional>

class EditorSession;
class ExportJob;
class ExportOptionsForm;
class ExportResultView;
class QLabel;
class QProgressBar;
class QPushButton;

// File → Export Bundles: choose the scope, folder and format, then write
// the archives with core BundleExport on a worker thread (ExportJob) while a
// progress bar runs; Cancel stops before anything is written. Archives that
// already exist are replaced only after the admin agrees. The result lists
// each archive with size and SHA-256, or says why nothing was written.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // Asked with the files an export would replace; true to replace them.
    using OverwriteQuestion = std::function<bool(const QStringList &existing)>;

    // `ask` defaults to a message box.
    ExportDialog(EditorSession *session, QWidget *parent = nullptr, OverwriteQuestion ask = {});
    ~ExportDialog() override;

    ExportOptionsForm *options() const { return m_options; }
    ExportResultView *results() const { return m_results; }
    ExportJob *job() const { return m_job; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openFolderButton() const { return m_openFolder; }

    // The Export button: false when nothing was started (refused or declined).
    bool startExport();
    void cancelExport();
    // The folder suggested when none is remembered.
    static QString defaultFolder(const QString &topologyFile);

Q_SIGNALS:
    void jobStarted(ExportJob *job); // before it runs
    void exportFinished(bool ok);

public Q_SLOTS:
    void reject() override; // cancels a running export first

private:
    bool askOverwrite(const QStringList &existing);
    void showProgress(int done, int total, const QString &item, bool writing);
    void finishExport();
    void setRunning(bool running);
    void openFolder();

    EditorSession *m_session;
    OverwriteQuestion m_ask;
    ExportOptionsForm *m_options;
    QProgressBar *m_progress;
    QLabel *m_step;
    ExportResultView *m_results;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QPushButton *m_openFolder;
    QPushButton *m_close;
    ExportJob *m_job = nullptr;
    QString m_lastFolder;
    bool m_closeWhenDone = false;
};
