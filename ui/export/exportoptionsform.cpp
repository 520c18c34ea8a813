#include "ui/export/exportoptionsform.h"

#include "core/model/topology.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace {

const char kFolderKey[] = "export/folder";
const char kFormatKey[] = "export/format";

} // namespace

ExportOptionsForm::ExportOptionsForm(const Topology &topology, const QString &defaultFolder,
                                     QWidget *parent)
    : QWidget(parent), m_scope(new QComboBox(this)), m_target(new QComboBox(this)),
      m_folder(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)),
      m_format(new QComboBox(this))
{
    for (const Site &s : topology.sites) {
        m_sites.append({s.id, s.name.isEmpty() || s.name == s.id
                                  ? s.id
                                  : tr("%1 (%2)").arg(s.name, s.id)});
    }
    for (const Profile &p : topology.profiles) {
        for (const QString &u : p.users)
            m_users.append({p.id + QLatin1Char('/') + u, tr("%1 — profile %2").arg(u, p.id)});
    }

    m_scope->addItem(tr("Every site and user, with the Ansible folder"), AllScope);
    m_scope->addItem(tr("One site"), SiteScope);
    m_scope->addItem(tr("One user"), UserScope);
    m_scope->setToolTip(tr("Which bundles to write: one per site (box) and one per user"));
    m_target->setToolTip(tr("The site or user whose bundle is written"));
    m_folder->setToolTip(tr("The folder the archives are written to (created if missing)"));
    m_browse->setToolTip(tr("Choose the output folder"));
    m_format->addItem(tr("tar.gz (Linux, macOS)"), int(ArchiveFormat::TarGz));
    m_format->addItem(tr("zip (Windows)"), int(ArchiveFormat::Zip));
    m_format->setToolTip(tr("The archive format of each bundle"));

    QSettings settings;
    const QString folder = settings.value(QLatin1String(kFolderKey)).toString();
    m_folder->setText(folder.isEmpty() ? defaultFolder : folder);
    const auto format =
        ArchiveFormats::parse(settings.value(QLatin1String(kFormatKey)).toString());
    setFormat(format.value_or(ArchiveFormat::TarGz));

    auto *folderRow = new QHBoxLayout;
    folderRow->setContentsMargins(0, 0, 0, 0);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Bundle:"), m_target);
    form->addRow(tr("Output &folder:"), folderRow);
    form->addRow(tr("Archive f&ormat:"), m_format);
    // QFormLayout's buddy for a layout row is not set automatically.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(folderRow)))
        label->setBuddy(m_folder);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportOptionsForm::fillTargets);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ExportOptionsForm::emitValid);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportOptionsForm::emitValid);
    connect(m_browse, &QPushButton::clicked, this, &ExportOptionsForm::browse);
    fillTargets();
}

void ExportOptionsForm::fillTargets()
{
    const auto scope = Scope(m_scope->currentData().toInt());
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    const auto &entries = scope == SiteScope ? m_sites : m_users;
    if (scope != AllScope) {
        for (const auto &[id, label] : entries)
            m_target->addItem(label, id);
        // With a placeholder text set, QComboBox does not select the first item itself.
        m_target->setCurrentIndex(entries.isEmpty() ? -1 : 0);
    }
    m_target->setEnabled(scope != AllScope && !entries.isEmpty());
    if (scope == AllScope)
        m_target->setPlaceholderText(tr("Everything"));
    else if (entries.isEmpty())
        m_target->setPlaceholderText(scope == SiteScope ? tr("The topology has no sites")
                                                        : tr("The topology has no users"));
    emitValid();
}

void ExportOptionsForm::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Bundles To"),
                                                          m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void ExportOptionsForm::emitValid()
{
    const bool valid = isValid();
    if (valid == m_valid)
        return;
    m_valid = valid;
    Q_EMIT validChanged(valid);
}

bool ExportOptionsForm::isValid() const
{
    if (m_folder->text().trimmed().isEmpty())
        return false;
    return m_scope->currentData().toInt() == AllScope || m_target->currentIndex() >= 0;
}

ExportSelection ExportOptionsForm::selection() const
{
    ExportSelection sel;
    const QString id = m_target->currentData().toString();
    switch (Scope(m_scope->currentData().toInt())) {
    case AllScope:
        break;
    case SiteScope:
        sel.kind = ExportSelection::Site;
        sel.site = id;
        break;
    case UserScope:
        sel.kind = ExportSelection::Profile;
        sel.profile = id.section(QLatin1Char('/'), 0, 0);
        sel.user = id.section(QLatin1Char('/'), 1);
        break;
    }
    return sel;
}

ArchiveFormat ExportOptionsForm::format() const
{
    return ArchiveFormat(m_format->currentData().toInt());
}

QString ExportOptionsForm::folder() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

void ExportOptionsForm::remember() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kFolderKey), folder());
    settings.setValue(QLatin1String(kFormatKey), ArchiveFormats::extension(format()));
}

void ExportOptionsForm::setScope(Scope scope) { m_scope->setCurrentIndex(m_scope->findData(scope)); }

bool ExportOptionsForm::selectTarget(const QString &id)
{
    const int index = m_target->findData(id);
    if (index >= 0)
        m_target->setCurrentIndex(index);
    return index >= 0;
}

void ExportOptionsForm::setFolder(const QString &folder) { m_folder->setText(folder); }

void ExportOptionsForm::setFormat(ArchiveFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}
