#include "ui/files/filecontroller.h"

#include "ui/editor/editorsession.h"
#include "ui/files/recentfiles.h"
#include "ui/secrets/secretsstore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace {

QString filter()
{
    return FileController::tr("Topologies (*.topology.json *.json);;All files (*)");
}

} // namespace

FileController::FileController(EditorSession *session, RecentFiles *recent, QWidget *window,
                               QObject *parent)
    : QObject(parent), m_session(session), m_recent(recent), m_window(window)
{
}

bool FileController::newFile()
{
    if (!maybeSave())
        return false;
    m_session->newDocument();
    Q_EMIT statusMessage(tr("New topology"));
    return true;
}

bool FileController::open()
{
    if (!maybeSave())
        return false;
    const QString dir = m_session->fileName().isEmpty()
                            ? QString()
                            : QFileInfo(m_session->fileName()).absolutePath();
    const QString f = QFileDialog::getOpenFileName(m_window, tr("Open topology"), dir, filter());
    return !f.isEmpty() && openPath(f);
}

bool FileController::openPath(const QString &fileName)
{
    QString error;
    if (!m_session->open(fileName, &error)) {
        m_recent->remove(fileName);
        QMessageBox::warning(m_window, tr("Cannot open topology"),
                             tr("%1 could not be opened:\n%2").arg(fileName, error));
        return false;
    }
    m_recent->add(fileName);
    Q_EMIT statusMessage(tr("Opened %1").arg(fileName));
    return true;
}

bool FileController::openImported(const Topology &topology, const Secrets &secrets)
{
    if (!maybeSave())
        return false;
    m_session->load(topology, QString(), true);
    m_session->secrets()->reset(secrets);
    m_session->secrets()->setModified(true);
    Q_EMIT statusMessage(tr("Imported %n site(s); not saved yet", nullptr,
                            int(topology.sites.size())));
    return true;
}

bool FileController::save()
{
    if (m_session->fileName().isEmpty())
        return saveAs();
    return saveTo(m_session->fileName());
}

bool FileController::saveAs()
{
    QString suggested = m_session->fileName();
    if (suggested.isEmpty())
        suggested = tr("untitled") + QStringLiteral(".topology.json");
    const QString f = QFileDialog::getSaveFileName(m_window, tr("Save topology"), suggested,
                                                   filter());
    return !f.isEmpty() && saveTo(f);
}

bool FileController::saveTo(const QString &fileName)
{
    QString error;
    if (!m_session->save(fileName, &error)) {
        QMessageBox::warning(m_window, tr("Cannot save topology"),
                             tr("%1 could not be saved:\n%2").arg(fileName, error));
        return false;
    }
    m_recent->add(fileName);
    Q_EMIT statusMessage(tr("Saved %1").arg(fileName));
    return true;
}

bool FileController::maybeSave()
{
    if (!m_session->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them first?").arg(m_session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}
