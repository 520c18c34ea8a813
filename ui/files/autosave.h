#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <memory>

class EditorSession;

// Writes unsaved work to QStandardPaths::AppDataLocation/autosave a few
// seconds after edits stop, and removes it once the document is saved or the
// editor closes normally. A lock file per running editor tells a live
// session's files from those a crash or kill left behind (recoverable()).
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    struct Recovery
    {
        QString id;
        QString originalFile; // empty for a never-saved document
        QString name;
        QDateTime savedAt;
    };

    explicit Autosave(EditorSession *session, QObject *parent = nullptr);
    ~Autosave() override; // a normal exit: removes this session's files

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool writeNow(QString *error = nullptr);
    QString topologyPath() const;
    // Leaves the files and releases the lock as a crash would (tests).
    void abandon();

    static QString directory();
    static QList<Recovery> recoverable();
    // Loads a recovery into the session (modified, under its original file
    // name) and removes its files; false and *error on failure.
    static bool restore(const Recovery &recovery, EditorSession *session, QString *error);
    static void discard(const Recovery &recovery);

private:
    void removeFiles();
    static QString path(const QString &id, const char *suffix);

    EditorSession *m_session;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    bool m_written = false;
};
