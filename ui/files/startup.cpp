#include "ui/files/startup.h"

#include "core/io/exampletopology.h"
#include "ui/editor/editorsession.h"
#include "ui/files/autosave.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recentfiles.h"
#include "ui/secrets/secretsstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace {

// lupdate needs a class context for tr() outside classes.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

bool offerRecovery(EditorSession *session, QWidget *window)
{
    Autosave::sweepOrphans(session->secrets()->keychain());
    const QList<Autosave::Recovery> found = Autosave::recoverable();
    if (found.isEmpty())
        return false;
    const Autosave::Recovery &r = found.first(); // newest
    QMessageBox box(QMessageBox::Question, Tr::tr("Recover unsaved work"),
                    Tr::tr("RouteStudio did not close normally. Unsaved changes to “%1” from %2 "
                           "were kept.")
                        .arg(r.name.isEmpty() ? Tr::tr("Untitled") : r.name,
                             QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, window);
    box.setInformativeText(Tr::tr("Restore them? Discarding deletes them for good."));
    QPushButton *restore = box.addButton(Tr::tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(Tr::tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore) {
        for (const Autosave::Recovery &each : found)
            Autosave::discard(each, session->secrets()->keychain());
        return false;
    }
    QString error;
    if (!Autosave::restore(r, session, &error)) {
        QMessageBox::warning(window, Tr::tr("Recover unsaved work"),
                             Tr::tr("The kept changes could not be read:\n%1").arg(error));
        return false;
    }
    return true;
}

} // namespace

namespace Startup {

Opened openInitial(EditorSession *session, FileController *files, RecentFiles *recent,
                   const QString &fileArgument, QWidget *window, bool interactive)
{
    if (!fileArgument.isEmpty())
        return files->openPath(fileArgument) ? Opened::File : Opened::Failed;
    if (interactive && offerRecovery(session, window))
        return Opened::Recovery;
    const QStringList recents = recent->files();
    if (!recents.isEmpty() && files->openPath(recents.first()))
        return Opened::Recent;
    const Topology example = ExampleTopology::topology();
    session->load(example, QString(), false);
    session->secrets()->reset(ExampleTopology::freshSecrets(example));
    return Opened::Example;
}

} // namespace Startup
