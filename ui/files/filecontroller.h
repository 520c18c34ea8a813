#pragma once

#include <QObject>

struct Secrets;
struct Topology;
class EditorSession;
class RecentFiles;
class QWidget;

// New / Open / Save / Save As with their dialogs, the prompt before losing
// unsaved changes, and the recent-files list. The session does the I/O.
class FileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileController)

public:
    FileController(EditorSession *session, RecentFiles *recent, QWidget *window,
                   QObject *parent = nullptr);

    bool newFile();
    bool open();                           // asks for a file
    bool openPath(const QString &fileName); // shows an error dialog on failure
    bool save();
    bool saveAs();
    // An imported topology and its secrets as a new, unsaved document (after
    // the prompt for unsaved changes); false when the admin cancels.
    bool openImported(const Topology &topology, const Secrets &secrets);
    // True when it is fine to drop the current document (saved, discarded, or clean).
    bool maybeSave();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    bool saveTo(const QString &fileName);

    EditorSession *m_session;
    RecentFiles *m_recent;
    QWidget *m_window;
};
