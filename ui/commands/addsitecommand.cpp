#include "ui/commands/addsitecommand.h"

#include "ui/document/topologydocument.h"

#include <QCoreApplication>

AddSiteCommand::AddSiteCommand(TopologyDocument *document, const Site &site,
                               const std::optional<QPointF> &position, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_site(site), m_position(position),
      m_index(int(document->topology().sites.size()))
{
    setText(QCoreApplication::translate("AddSiteCommand", "Add %1").arg(site.id));
}

void AddSiteCommand::redo() { m_document->insertSite(m_index, m_site, m_position); }

void AddSiteCommand::undo() { m_document->removeSite(m_site.id); }
