#include "ui/commands/removesitecommand.h"

#include "ui/commands/editprofilecommand.h"
#include "ui/commands/removelinkcommand.h"
#include "ui/commands/removeprofilecommand.h"
#include "ui/document/topologydocument.h"

#include <QCoreApplication>

RemoveSiteCommand::RemoveSiteCommand(TopologyDocument *document, const QString &siteId,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document),
      m_index(document->topology().siteIndex(siteId))
{
    Q_ASSERT(m_index >= 0);
    m_site = document->topology().sites.at(m_index);
    m_position = document->position(siteId);
    setText(QCoreApplication::translate("RemoveSiteCommand", "Delete %1").arg(siteId));
    for (const Link &l : document->topology().links) {
        if (l.touches(siteId))
            new RemoveLinkCommand(document, l.id, this);
    }
    for (const Profile &p : document->topology().profiles) {
        if (p.hub == siteId) {
            new RemoveProfileCommand(document, p.id, this);
        } else if (p.backupHub == siteId) { // the profile stays, served by its hub alone
            Profile after = p;
            after.backupHub.clear();
            new EditProfileCommand(document, p, after, this);
        }
    }
}

void RemoveSiteCommand::redo()
{
    QUndoCommand::redo(); // links and profiles first
    m_document->removeSite(m_site.id);
}

void RemoveSiteCommand::undo()
{
    m_document->insertSite(m_index, m_site, m_position);
    QUndoCommand::undo();
}
