#pragma once

#include "core/bundle/archiveformat.h"
#include "core/bundle/exportselection.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QString>

// Everything one export needs, copied by value: the job runs on its own
// thread while the admin may keep editing the document.
struct ExportRequest
{
    Topology topology;
    Secrets secrets;
    ExportSelection selection;
    ArchiveFormat format = ArchiveFormat::TarGz;
    QString folder;
};
