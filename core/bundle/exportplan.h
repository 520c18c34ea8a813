#pragma once

#include "core/bundle/archiveformat.h"
#include "core/bundle/exportselection.h"
#include "core/model/topology.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <optional>

// Which bundles an export writes, decided before anything is generated: the
// selected sites, the selected (profile, user) pairs, whether the Ansible
// folder goes along, and the archive file names. BundleExport runs a plan;
// the editor asks it which files an export would replace.
struct ExportPlan
{
    QStringList sites;
    QList<QPair<QString, QString>> users; // (profile id, user name)
    bool ansible = false;

    static constexpr const char *kAnsibleFolder = "ansible";

    int bundleCount() const { return int(sites.size() + users.size()); }
    // File names relative to the output folder, sites first, in write order.
    QStringList archiveNames(ArchiveFormat format) const;

    // Refuses, naming the missing site, profile or user.
    static std::optional<ExportPlan> make(const Topology &topology,
                                          const ExportSelection &selection, QString *error);
};
