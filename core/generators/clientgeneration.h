#pragma once

#include "core/generators/generatedfile.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/validation/finding.h"

#include <QList>

class GenerationPlan;

// Runs every client generator for one profile and user of a plan. Refuses (no
// files, findings filled, `error` set) on validation errors or an unknown
// profile/user.
struct ClientGeneration
{
    QList<Finding> findings;
    QList<GeneratedFile> files;
    QString error;
    bool ok = false;

    static ClientGeneration run(const GenerationPlan &plan, const QString &profileId,
                                const QString &user);
    // Makes the plan (validation, route table) for this one client.
    static ClientGeneration run(const Topology &topology, const Secrets &secrets,
                                const QString &profileId, const QString &user);
};
