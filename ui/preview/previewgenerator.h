#pragma once

#include "core/generators/generatedfile.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "ui/preview/previewbox.h"

#include <QList>
#include <QStringList>

class GenerationPlan;

// The files of one box for the preview, through the core SiteGeneration /
// ClientGeneration (which validate first and refuse on errors).
struct PreviewFiles
{
    bool ok = false;
    QString problem; // why nothing was generated, for the user
    QList<GeneratedFile> files;

    static PreviewFiles generate(const Topology &topology, const Secrets &secrets,
                                 const PreviewBox &box);
    // The same from a plan made already (its validation shared with the Findings).
    static PreviewFiles generate(const GenerationPlan &plan, const PreviewBox &box);
    // Every box of a topology: sites, then each profile's users.
    static QList<PreviewBox> boxes(const Topology &topology);
};
