#pragma once

#include "core/generators/generatedfile.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/validation/finding.h"

#include <QList>
#include <QMap>

class GenerationPlan;

// Runs every applicable generator for every site of a plan. Refuses (returns
// no files, fills `findings`) when validation found errors: nothing unsafe
// ever reaches an output.
struct SiteGeneration
{
    QList<Finding> findings;
    QMap<QString, QList<GeneratedFile>> filesBySite; // site id -> files
    bool ok = false;

    static SiteGeneration run(const GenerationPlan &plan);
    // The files of one site of a plan that passed validation (plan.ok()).
    static QList<GeneratedFile> filesOf(const GenerationPlan &plan, const Site &site);
    // Makes the plan (validation, route table) for this one run.
    static SiteGeneration run(const Topology &topology, const Secrets &secrets);
    // The same validation and route table, but the generators of one site only
    // (the editor's Preview shows one box: it never generates the others).
    static SiteGeneration forSite(const Topology &topology, const Secrets &secrets,
                                  const QString &siteId);
};
