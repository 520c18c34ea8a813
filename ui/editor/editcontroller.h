#pragma once

#include "core/model/topology.h"
#include "ui/canvas/canvasselection.h"
#include "ui/commands/movesitescommand.h"

#include <QObject>
#include <QPointF>
#include <functional>

class QUndoStack;
class TopologyDocument;

// Every edit the editor offers, as undo commands pushed on the stack. The
// main window, context menus and property pages call these; nothing else
// changes the document.
class EditController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditController)

public:
    EditController(TopologyDocument *document, QUndoStack *undoStack, QObject *parent = nullptr);

    TopologyDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString addHub(const QPointF &position);
    QString addGateway(const QPointF &position);
    // A link between two sites; ipsec between gateways and hubs alike.
    QString addLink(const QString &from, const QString &to);
    QString addProfile(const QString &hubId);
    void deleteObjects(const CanvasSelection &selection);
    void moveSites(const MoveSitesCommand::Positions &before,
                   const MoveSitesCommand::Positions &after);
    void nudgeSites(const QStringList &siteIds, const QPointF &delta,
                    const std::function<QPointF(const QString &)> &currentPosition);
    void arrange(const QMap<QString, QPointF> &positions);

    void editSite(const QString &id, const Site &after); // after.id may differ: a rename
    void editLink(const QString &id, const Link &after);
    void editProfile(const QString &id, const Profile &after);
    void editProperties(const QString &name, const std::optional<int> &mtu);

private:
    QString addSite(SiteRole role, const QPointF &position);

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
};
