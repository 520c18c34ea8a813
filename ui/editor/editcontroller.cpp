#include "ui/editor/editcontroller.h"

#include "ui/commands/addlinkcommand.h"
#include "ui/commands/addprofilecommand.h"
#include "ui/commands/addsitecommand.h"
#include "ui/commands/editlinkcommand.h"
#include "ui/commands/editprofilecommand.h"
#include "ui/commands/editpropertiescommand.h"
#include "ui/commands/editsitecommand.h"
#include "ui/commands/removelinkcommand.h"
#include "ui/commands/removeprofilecommand.h"
#include "ui/commands/removesitecommand.h"
#include "ui/document/topologydocument.h"

#include <QUndoStack>

EditController::EditController(TopologyDocument *document, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_document(document), m_undoStack(undoStack)
{
}

QString EditController::addSite(SiteRole role, const QPointF &position)
{
    Site site;
    site.role = role;
    site.id = m_document->uniqueId(role == SiteRole::Hub ? QStringLiteral("hub")
                                                         : QStringLiteral("site"));
    site.name = role == SiteRole::Hub ? tr("New hub") : tr("New site");
    m_undoStack->push(new AddSiteCommand(m_document, site, position));
    return site.id;
}

QString EditController::addHub(const QPointF &position) { return addSite(SiteRole::Hub, position); }

QString EditController::addGateway(const QPointF &position)
{
    return addSite(SiteRole::Gateway, position);
}

QString EditController::addLink(const QString &from, const QString &to)
{
    const Site *a = m_document->topology().site(from);
    const Site *b = m_document->topology().site(to);
    if (!a || !b || from == to)
        return {};
    Link link;
    link.id = m_document->uniqueId(from + u'-' + to);
    link.from = from;
    link.to = to;
    // A gateway dialling a hub is the common L2TP case; two gateways or two
    // hubs talk route-based IPsec.
    link.transport = Transport::Ipsec;
    link.ike = IkeVersion::Ikev2;
    link.secret = link.id;
    m_undoStack->push(new AddLinkCommand(m_document, link));
    return link.id;
}

QString EditController::addProfile(const QString &hubId)
{
    const Site *hub = m_document->topology().site(hubId);
    if (!hub || !hub->isHub())
        return {};
    Profile p;
    p.id = m_document->uniqueId(QStringLiteral("profile"));
    p.hub = hubId;
    p.tunnel = TunnelMode::Split;
    p.secret = hubId + QStringLiteral("-l2tp");
    m_undoStack->push(new AddProfileCommand(m_document, p));
    return p.id;
}

void EditController::deleteObjects(const CanvasSelection &selection)
{
    if (selection.isEmpty())
        return;
    auto *macro = new QUndoCommand(tr("Delete %n object(s)", nullptr, selection.size()));
    QStringList gone; // links and profiles removed along with their sites
    for (const QString &id : selection.sites) {
        for (const Link &l : m_document->topology().links) {
            if (l.touches(id))
                gone << l.id;
        }
        for (const Profile &p : m_document->topology().profiles) {
            if (p.hub == id)
                gone << p.id;
        }
    }
    // Links and profiles first, then sites (their commands take the rest).
    for (const QString &id : selection.links) {
        if (!gone.contains(id) && m_document->topology().link(id))
            new RemoveLinkCommand(m_document, id, macro);
    }
    for (const QString &id : selection.profiles) {
        if (!gone.contains(id) && m_document->topology().profile(id))
            new RemoveProfileCommand(m_document, id, macro);
    }
    // A site command collects its links when it is built, so build each one
    // after the previous ones ran: push them one by one inside a macro.
    m_undoStack->beginMacro(macro->text());
    if (macro->childCount() > 0)
        m_undoStack->push(macro);
    else
        delete macro;
    for (const QString &id : selection.sites) {
        if (m_document->topology().site(id))
            m_undoStack->push(new RemoveSiteCommand(m_document, id));
    }
    m_undoStack->endMacro();
}

void EditController::moveSites(const MoveSitesCommand::Positions &before,
                               const MoveSitesCommand::Positions &after)
{
    m_undoStack->push(new MoveSitesCommand(m_document, before, after));
}

void EditController::nudgeSites(const QStringList &siteIds, const QPointF &delta,
                                const std::function<QPointF(const QString &)> &currentPosition)
{
    if (siteIds.isEmpty())
        return;
    MoveSitesCommand::Positions before, after;
    for (const QString &id : siteIds) {
        before.insert(id, m_document->position(id));
        after.insert(id, currentPosition(id) + delta);
    }
    m_undoStack->push(new MoveSitesCommand(m_document, before, after, true));
}

void EditController::arrange(const QMap<QString, QPointF> &positions)
{
    MoveSitesCommand::Positions before, after;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        before.insert(it.key(), m_document->position(it.key()));
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty())
        return;
    auto *command = new MoveSitesCommand(m_document, before, after);
    command->setText(tr("Arrange automatically"));
    m_undoStack->push(command);
}

void EditController::editSite(const QString &id, const Site &after)
{
    const Site *before = m_document->topology().site(id);
    if (before)
        m_undoStack->push(new EditSiteCommand(m_document, *before, after));
}

void EditController::editLink(const QString &id, const Link &after)
{
    if (const Link *before = m_document->topology().link(id))
        m_undoStack->push(new EditLinkCommand(m_document, *before, after));
}

void EditController::editProfile(const QString &id, const Profile &after)
{
    if (const Profile *before = m_document->topology().profile(id))
        m_undoStack->push(new EditProfileCommand(m_document, *before, after));
}

void EditController::editProperties(const QString &name, const std::optional<int> &mtu)
{
    m_undoStack->push(new EditPropertiesCommand(m_document, name, mtu));
}
