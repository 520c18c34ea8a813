#pragma once

#include "core/generators/generatorinput.h"
#include "core/validation/finding.h"

#include <QList>

// What one run derives from a topology and its secrets, computed once and
// shared by everything the run produces: site and client generation, bundles
// with their READMEs and profiles, the Ansible folder, the diff, the editor's
// preview. Holds the findings of validation with secrets and, when they have
// no error, the topology index and the route table. Refers to the topology and
// secrets, which must outlive it unchanged.
class GenerationPlan
{
public:
    GenerationPlan(const Topology &topology, const Secrets &secrets);
    // With the findings of Validator::validate(topology, &secrets) made
    // already (the editor validates each revision once for all who need it).
    GenerationPlan(const Topology &topology, const Secrets &secrets, QList<Finding> findings);
    Q_DISABLE_COPY_MOVE(GenerationPlan)

    const Topology &topology() const { return m_topology; }
    const Secrets &secrets() const { return m_secrets; }
    const QList<Finding> &findings() const { return m_findings; }
    // Validation found no error: generators may run. The route table is empty otherwise.
    bool ok() const { return m_ok; }
    const TopologyIndex &index() const { return m_index; }
    const RouteTable &routes() const { return m_routes; }
    GeneratorInput input() const { return {m_topology, m_secrets, m_routes, m_index}; }

private:
    const Topology &m_topology;
    const Secrets &m_secrets;
    QList<Finding> m_findings;
    bool m_ok = false;
    TopologyIndex m_index;
    RouteTable m_routes;
};
