// MainWindow's actions: created with their shortcuts and tooltips, their
// icons, and the short labels the toolbar shows (mainwindow.cpp builds the
// menus and toolbar from them).
#include "ui/mainwindow/mainwindow.h"

#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/files/filecontroller.h"
#include "ui/icons/appicons.h"
#include "ui/shortcuts/standardkeys.h"

#include <QAction>
#include <QGraphicsItem>
#include <QUndoStack>

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &key,
                       const QString &tip, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setToolTip(key.isEmpty() ? tip
                                    : tip + QStringLiteral(" (")
                                          + key.toString(QKeySequence::NativeText) + u')');
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    FileController *f = m_files;
    EditController *e = m_session->edits();
    make("fileNew", tr("&New"), QKeySequence::New, tr("Start an empty topology"),
         [f] { f->newFile(); });
    make("fileOpen", tr("&Open…"), QKeySequence::Open, tr("Open a topology file"),
         [f] { f->open(); });
    make("fileSave", tr("&Save"), QKeySequence::Save, tr("Save the topology and its secrets"),
         [f] { f->save(); });
    make("fileSaveAs", tr("Save &As…"), StandardKeys::saveAs(),
         tr("Save the topology under a new name"), [f] { f->saveAs(); });
    make("fileImport", tr("&Import…"), QKeySequence(tr("Ctrl+I")),
         tr("Read the configs of existing boxes into a new topology"),
         [this] { importBoxes(); });
    make("fileExport", tr("&Export Bundles…"), QKeySequence(tr("Ctrl+E")),
         tr("Write the configuration bundles for every box and user"),
         [this] { exportBundles(); });
    QAction *check = make("fileCheckBoxes", tr("&Check Boxes…"), QKeySequence(tr("Ctrl+Shift+K")),
                          tr("Check the boxes of a folder of collections (routestudio-cli check, "
                             "the Ansible audit) against the plan, every minute"),
                          [this](bool on) { checkBoxes(on); });
    check->setCheckable(true);
    make("editSecrets", tr("S&ecrets…"), QKeySequence(tr("Ctrl+K")),
         tr("Generate or enter pre-shared keys and user passwords"), [this] { editSecrets(); });
    make("fileQuit", tr("&Quit"), StandardKeys::quit(), tr("Quit RouteStudio"),
         [this] { close(); });

    QUndoStack *stack = m_session->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("editUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setStatusTip(tr("Undo the last edit"));
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("editRedo"));
    // The platform's Redo (Ctrl+Shift+Z here) and Ctrl+Y, as docs/editor.md promises.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    redo->setStatusTip(tr("Redo the edit undone last"));
    // The stack renames them ("Undo Move Sites"); the tooltip follows and names the key.
    auto tipWithKey = [](QAction *a) {
        a->setToolTip(a->text().remove(u'&') + QStringLiteral(" (")
                      + a->shortcut().toString(QKeySequence::NativeText) + u')');
    };
    tipWithKey(undo);
    tipWithKey(redo);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo, tipWithKey] { tipWithKey(undo); });
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo, tipWithKey] { tipWithKey(redo); });
    make("editDelete", tr("&Delete"), QKeySequence::Delete,
         tr("Delete the selected sites, links and profiles"),
         [this, e] { e->deleteObjects(m_scene->selection()); });
    make("editSelectAll", tr("Select &All"), QKeySequence::SelectAll, tr("Select everything"),
         [this] {
             const QList<QGraphicsItem *> items = m_scene->items();
             for (QGraphicsItem *i : items)
                 i->setSelected(true);
         });

    make("addHub", tr("Add &Hub"), QKeySequence(tr("Ctrl+Shift+H")),
         tr("Add an L2TP/IPsec server site"),
         [this, e] { m_scene->selectObjects({e->addHub(newItemPosition())}); });
    make("addGateway", tr("Add &Gateway"), QKeySequence(tr("Ctrl+Shift+G")),
         tr("Add a remote site gateway"),
         [this, e] { m_scene->selectObjects({e->addGateway(newItemPosition())}); });
    make("addLink", tr("Add &Link"), QKeySequence(tr("Ctrl+Shift+L")),
         tr("Link the two selected sites"), [this] { addLink(); });
    make("addProfile", tr("Add &Profile"), QKeySequence(tr("Ctrl+Shift+P")),
         tr("Add a remote-access client profile to the selected hub"), [this] { addProfile(); });

    make("viewZoomIn", tr("Zoom &In"), QKeySequence::ZoomIn, tr("Zoom in"),
         [this] { m_view->zoomIn(); });
    make("viewZoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut, tr("Zoom out"),
         [this] { m_view->zoomOut(); });
    make("viewZoomReset", tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), tr("Zoom to 100%"),
         [this] { m_view->resetZoom(); });
    make("viewFit", tr("&Fit to Window"), QKeySequence(tr("Ctrl+9")),
         tr("Show the whole topology"), [this] { m_view->fitAll(); });
    make("viewArrange", tr("Arrange &Automatically"), QKeySequence(tr("Ctrl+Shift+A")),
         tr("Place every site by the automatic layout"), [this] { arrange(); });

    const struct { const char *name; QKeySequence key; QPointF delta; } nudges[] = {
        {"nudgeLeft", QKeySequence(Qt::ALT | Qt::Key_Left), QPointF(-10, 0)},
        {"nudgeRight", QKeySequence(Qt::ALT | Qt::Key_Right), QPointF(10, 0)},
        {"nudgeUp", QKeySequence(Qt::ALT | Qt::Key_Up), QPointF(0, -10)},
        {"nudgeDown", QKeySequence(Qt::ALT | Qt::Key_Down), QPointF(0, 10)},
    };
    for (const auto &n : nudges) {
        QAction *a = make(n.name, tr("Nudge"), n.key, tr("Move the selected sites a little"),
                          [this, d = n.delta] { nudge(d); });
        addAction(a);
    }
    setIcons();
}

void MainWindow::setIcons()
{
    // Freedesktop names where the desktop theme has one; ours otherwise (AppIcons).
    const struct { const char *action; const char *icon; } icons[] = {
        {"fileNew", "document-new"},
        {"fileOpen", "document-open"},
        {"fileSave", "document-save"},
        {"fileImport", "document-import"},
        {"fileExport", "document-export"},
        {"editSecrets", "dialog-password"},
        {"fileQuit", "application-exit"},
        {"editUndo", "edit-undo"},
        {"editRedo", "edit-redo"},
        {"editDelete", "edit-delete"},
        {"addHub", "routestudio-add-hub"},
        {"addGateway", "routestudio-add-gateway"},
        {"addLink", "routestudio-add-link"},
        {"addProfile", "routestudio-add-profile"},
        {"viewZoomIn", "zoom-in"},
        {"viewZoomOut", "zoom-out"},
        {"viewFit", "zoom-fit-best"},
        {"viewArrange", "routestudio-arrange"},
    };
    for (const auto &i : icons)
        action(QLatin1String(i.action))->setIcon(AppIcons::icon(QLatin1String(i.icon)));
    // On the toolbar these show their icon only (their tooltips name them); the
    // editor's own actions keep their text beside the icon.
    for (const char *n : {"fileNew", "fileOpen", "fileSave", "editUndo", "editRedo"})
        action(QLatin1String(n))->setPriority(QAction::LowPriority);
    // Short labels beside the toolbar icons (the menus keep the full text and
    // the tooltips name the command), so the toolbar fits 1400 px in German too.
    const struct { const char *action; QString text; } toolbarText[] = {
        {"addHub", tr("Hub", "toolbar: Add Hub")},
        {"addGateway", tr("Gateway", "toolbar: Add Gateway")},
        {"addLink", tr("Link", "toolbar: Add Link")},
        {"addProfile", tr("Profile", "toolbar: Add Profile")},
        {"editDelete", tr("Delete", "toolbar")},
        {"viewFit", tr("Fit", "toolbar: Fit to Window")},
        {"viewArrange", tr("Arrange", "toolbar: Arrange Automatically")},
        {"fileExport", tr("Export", "toolbar: Export Bundles")},
        {"editSecrets", tr("Secrets", "toolbar: Secrets dialog")},
    };
    for (const auto &t : toolbarText)
        action(QLatin1String(t.action))->setIconText(t.text);
}
