#pragma once

#include "core/bundle/archiveformat.h"
#include "core/bundle/exportselection.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
struct Topology;

// What to export, where and how: the scope (everything / one site / one
// user, the lists taken from the topology), the output folder and the
// archive format. The folder and format are remembered in QSettings
// (export/folder, export/format).
class ExportOptionsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportOptionsForm)

public:
    enum Scope { AllScope, SiteScope, UserScope };

    ExportOptionsForm(const Topology &topology, const QString &defaultFolder,
                      QWidget *parent = nullptr);

    ExportSelection selection() const;
    ArchiveFormat format() const;
    QString folder() const;
    bool isValid() const; // a folder and, for one site or user, a choice
    void remember() const; // folder and format into QSettings

    // For tests and callers that preselect.
    void setScope(Scope scope);
    bool selectTarget(const QString &id); // site id, or "profile/user"
    void setFolder(const QString &folder);
    void setFormat(ArchiveFormat format);
    QComboBox *targetBox() const { return m_target; }

Q_SIGNALS:
    void validChanged(bool valid);

private:
    void fillTargets();
    void browse();
    void emitValid();

    QList<QPair<QString, QString>> m_sites; // id, label
    QList<QPair<QString, QString>> m_users; // "profile/user", label
    QComboBox *m_scope;
    QComboBox *m_target;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QComboBox *m_format;
    bool m_valid = false;
};
