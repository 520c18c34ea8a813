#pragma once

#include <QDialog>
#include <QTimer>
#include <memory>

struct DeploymentCompare;
class ConfigHighlighter;
class EditorSession;
class LatestJob;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// The Preview's "Compare with imported files": the admin picks a folder of
// box configs (one folder or archive a box, as Import and `generate` lay
// them out); each box's files are compared with what RouteStudio generates
// for its site from the open topology (core DeploymentCompare, the same as
// `routestudio-cli diff --against`), on a pool thread (LatestJob: the window
// never waits, the newest request wins). It compares again shortly after
// each edit while it is open. Per box: the changed and added files, the box's
// files RouteStudio does not write, notes; a file shows its unified diff,
// secrets masked (never revealed here).
class CompareWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareWindow)

public:
    explicit CompareWindow(EditorSession *session, QWidget *parent = nullptr);
    ~CompareWindow() override; // waits for a comparison still running

    void compareWith(const QString &folder);
    QString folder() const { return m_folder; }
    LatestJob *job() const { return m_job; }
    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QString status() const;
    bool statusIsError() const { return m_error; }

private:
    void chooseFolder();
    void scheduleCompare();
    void compareNow();
    void applyResult(const DeploymentCompare &result);
    void showSelected();
    void setStatus(const QString &text, bool error);

    EditorSession *m_session;
    QLabel *m_folderLabel;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_diff;
    ConfigHighlighter *m_highlighter;
    QPushButton *m_choose;
    LatestJob *m_job;
    QTimer m_timer;
    QString m_folder;
    bool m_error = false;
};
