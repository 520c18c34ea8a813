#pragma once

#include "core/model/topology.h"

#include <QObject>
#include <QString>

#include <memory>
#include <utility>

class CredentialStore;
class EditController;
class QUndoStack;
class SecretsStore;
class SharedValidation;
class TopologyDocument;

// One open topology: the document, its undo history, its secrets, its file
// name and the last saved state (for "modified" and the preview's diff).
// No widgets: dialogs and prompts live in FileController.
class EditorSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorSession)

public:
    // `keychain` (optional) lets the secrets live in the OS keychain (SecretsStore).
    explicit EditorSession(QObject *parent = nullptr, CredentialStore *keychain = nullptr);

    TopologyDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    SecretsStore *secrets() const { return m_secrets; }
    EditController *edits() const { return m_edits; }
    // The one validation per revision that the Findings, the Preview and the
    // box checks share; workers keep it alive while they use it.
    const std::shared_ptr<SharedValidation> &validation() const { return m_validation; }
    // The revision of the document's content and of the secrets, for
    // SharedValidation (take it with the copies the worker gets).
    std::pair<quint64, quint64> revision() const;

    const QString &fileName() const { return m_fileName; }
    QString displayName() const;
    bool isModified() const;
    // The topology as last saved or opened (the preview diffs against it).
    const Topology &savedTopology() const { return m_saved; }
    // The document's contentRevision that savedTopology() is (for SharedValidation).
    quint64 savedRevision() const { return m_savedRevision; }

    // Each returns false and sets *error (what and where) on failure.
    bool open(const QString &fileName, QString *error);
    bool save(const QString &fileName, QString *error);
    // A topology from elsewhere (example, recovery): unsaved unless fileName given.
    void load(const Topology &topology, const QString &fileName, bool modified);
    void newDocument();

Q_SIGNALS:
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);
    void saved(const QString &fileName);

private:
    void setFileName(const QString &fileName);

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
    SecretsStore *m_secrets;
    EditController *m_edits;
    std::shared_ptr<SharedValidation> m_validation;
    QString m_fileName;
    Topology m_saved;
    quint64 m_savedRevision = 0; // the empty document's, as Topology() is
    bool m_forcedModified = false;
};
