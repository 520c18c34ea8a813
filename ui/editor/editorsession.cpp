#include "ui/editor/editorsession.h"

#include "core/io/topologyreader.h"
#include "core/io/topologywriter.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/sharedvalidation.h"
#include "ui/secrets/secretsstore.h"

#include <QFileInfo>
#include <QUndoStack>

EditorSession::EditorSession(QObject *parent, CredentialStore *keychain)
    : QObject(parent), m_document(new TopologyDocument(this)), m_undoStack(new QUndoStack(this)),
      m_secrets(new SecretsStore(keychain, this)),
      m_edits(new EditController(m_document, m_undoStack, this)),
      m_validation(std::make_shared<SharedValidation>())
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { Q_EMIT modifiedChanged(isModified()); });
    connect(m_secrets, &SecretsStore::modifiedChanged, this,
            [this] { Q_EMIT modifiedChanged(isModified()); });
    connect(this, &EditorSession::fileNameChanged, m_secrets, &SecretsStore::setFileName);
}

std::pair<quint64, quint64> EditorSession::revision() const
{
    return {m_document->contentRevision(), m_secrets->revision()};
}

QString EditorSession::displayName() const
{
    if (!m_fileName.isEmpty())
        return QFileInfo(m_fileName).fileName();
    return m_document->topology().name.isEmpty() ? tr("Untitled") : m_document->topology().name;
}

bool EditorSession::isModified() const
{
    return m_forcedModified || !m_undoStack->isClean() || m_secrets->isModified();
}

bool EditorSession::open(const QString &fileName, QString *error)
{
    LoadError loadError;
    const auto topology = TopologyReader::fromFile(fileName, &loadError);
    if (!topology) {
        *error = loadError.toString();
        return false;
    }
    const auto secrets = m_secrets->read(fileName, *topology, error);
    if (!secrets)
        return false;
    load(*topology, fileName, false);
    m_secrets->reset(*secrets);
    return true;
}

bool EditorSession::save(const QString &fileName, QString *error)
{
    const Topology &t = m_document->topology();
    if (!TopologyWriter::toFile(t, fileName, error))
        return false;
    if (!m_secrets->write(fileName, error))
        return false;
    m_saved = t;
    m_savedRevision = m_document->contentRevision();
    m_forcedModified = false;
    m_undoStack->setClean();
    m_secrets->setModified(false);
    setFileName(fileName);
    Q_EMIT modifiedChanged(isModified());
    Q_EMIT saved(fileName);
    return true;
}

void EditorSession::load(const Topology &topology, const QString &fileName, bool modified)
{
    m_undoStack->clear();
    m_document->reset(topology);
    m_saved = modified ? Topology() : topology;
    m_savedRevision = modified ? 0 : m_document->contentRevision();
    m_forcedModified = modified;
    m_undoStack->setClean();
    setFileName(fileName);
    Q_EMIT modifiedChanged(isModified());
}

void EditorSession::newDocument()
{
    Topology t;
    t.name = tr("Untitled topology");
    load(t, QString(), false);
    m_secrets->reset(Secrets());
}

void EditorSession::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}
