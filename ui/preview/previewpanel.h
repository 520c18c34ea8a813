#pragma once

#include "ui/preview/previewbox.h"
#include "ui/preview/previewgenerator.h"

#include <QTimer>
#include <QWidget>

class CompareWindow;
class ConfigHighlighter;
class LatestJob;
class EditorSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

// Pick a box, see each generated file (highlighted, secrets masked until
// revealed), or what changes on that box since the last save. Regenerates
// shortly after edits, and only while visible, off the GUI thread (LatestJob:
// the window stays live while a large topology generates; the newest edit's
// result wins).
class PreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPanel)

public:
    explicit PreviewPanel(EditorSession *session, QWidget *parent = nullptr);

    void showBox(const PreviewBox &box);
    void setDiffMode(bool diff);
    void setRevealSecrets(bool reveal);
    void refreshNow();        // starts a regeneration; refreshed() when it is shown
    bool isRefreshing() const;

    QComboBox *boxCombo() const { return m_boxes; }
    QListWidget *fileList() const { return m_files; }
    QPlainTextEdit *textView() const { return m_text; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void fillBoxes();
    void showResult(const PreviewFiles &current, const PreviewFiles &saved);
    void showFile();
    QString masked(const QByteArray &content) const;
    void openCompare();

    EditorSession *m_session;
    QComboBox *m_boxes;
    QCheckBox *m_diff;
    QCheckBox *m_reveal;
    QLabel *m_status;
    QListWidget *m_files;
    QPlainTextEdit *m_text;
    ConfigHighlighter *m_highlighter;
    QTimer m_timer;
    LatestJob *m_job;
    PreviewFiles m_current;
    PreviewFiles m_saved;
    bool m_boxesDirty = true;
    CompareWindow *m_compare = nullptr; // made when first asked for
};
