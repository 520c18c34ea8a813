#include "core/generators/generationplan.h"

#include "core/validation/validator.h"

GenerationPlan::GenerationPlan(const Topology &topology, const Secrets &secrets)
    : GenerationPlan(topology, secrets, Validator::validate(topology, &secrets))
{
}

GenerationPlan::GenerationPlan(const Topology &topology, const Secrets &secrets,
                               QList<Finding> findings)
    : m_topology(topology), m_secrets(secrets), m_findings(std::move(findings)),
      m_ok(!Validator::hasErrors(m_findings)), m_index(topology)
{
    if (m_ok)
        m_routes = RouteTable::build(topology, m_index);
}
