#pragma once

#include "core/model/site.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class EditController;
class FieldEdit;
class QCheckBox;
class QLabel;
class QComboBox;
class QGroupBox;

// Edits one site: id, name, role, platform, public address, LANs and, on a
// hub, the remote-access pool, server address and DNS. Each committed field
// is one undo step.
class SitePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitePage)

public:
    explicit SitePage(EditController *edits, QWidget *parent = nullptr);

    void load(const Site &site);
    const QString &siteId() const { return m_site.id; }
    // Per site whose box was checked, the links carrying traffic now (from
    // its collection, docs/check.md): the paths list says which.
    void setActiveLinks(const QMap<QString, QSet<QString>> &active);

    FieldEdit *idField() const { return m_id; }
    FieldEdit *nameField() const { return m_name; }
    FieldEdit *addressField() const { return m_address; }
    FieldEdit *lansField() const { return m_lans; }
    FieldEdit *poolField() const { return m_pool; }
    FieldEdit *backupAddressField() const { return m_backupAddress; }
    QCheckBox *criticalBox() const { return m_critical; }
    QLabel *pathsLabel() const { return m_paths; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *platformBox() const { return m_platform; }

private:
    void showPaths(const Site &site);
    void apply(const std::function<void(Site &)> &change);

    EditController *m_edits;
    Site m_site;
    FieldEdit *m_id;
    FieldEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_platform;
    FieldEdit *m_address;
    FieldEdit *m_lans;
    FieldEdit *m_backupAddress;
    QCheckBox *m_critical;
    QLabel *m_paths; // the site's links with their failover role and metric
    QMap<QString, QSet<QString>> m_active;
    QGroupBox *m_remote;
    FieldEdit *m_pool;
    FieldEdit *m_local;
    FieldEdit *m_dns;
};
