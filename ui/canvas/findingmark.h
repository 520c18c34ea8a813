#pragma once

#include "core/validation/finding.h"

#include <QStringList>
#include <optional>

// What the canvas shows of the findings that name one object: the worst
// severity (the marker's colour) and the messages (its tooltip).
struct FindingMark
{
    std::optional<Finding::Severity> worst;
    QStringList messages;

    void add(const Finding &f)
    {
        if (!worst || int(f.severity) < int(*worst))
            worst = f.severity;
        messages << f.message;
    }
    bool operator==(const FindingMark &o) const
    {
        return worst == o.worst && messages == o.messages;
    }
};
