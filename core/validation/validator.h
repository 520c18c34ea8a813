#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/validation/finding.h"

#include <QList>

// Runs every check over a topology (and its secrets, when given) and returns
// the findings, errors first, each group in a stable order. Scales as
// O(n log n) in the number of prefixes: overlap checks sort and sweep.
namespace Validator {

QList<Finding> validate(const Topology &topology, const Secrets *secrets = nullptr);
bool hasErrors(const QList<Finding> &findings);
int count(const QList<Finding> &findings, Finding::Severity severity);
// How many times this process has run validate(): tests use it to prove that one
// run (an export, a diff) validates once.
int runs();

} // namespace Validator
