#include "core/generators/linux/charonfailover.h"

#include "core/generators/common/banner.h"
#include "core/generators/common/failovertiming.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/common/textbuilder.h"
#include "core/generators/linux/linuxpaths.h"

GeneratedFile CharonFailover::file(const QString &siteId)
{
    using namespace FailoverTiming;
    TextBuilder b;
    b.line(u"# " + Banner::text(siteId));
    b.line(QStringLiteral("# This box has a backup path: a dead peer is given up after %1 s of")
               .arg(detectionSeconds(), 0, 'f', 1));
    b.line(QStringLiteral("# silence (dead peer detection every %1 s, then these retransmissions),")
               .arg(kDpdDelaySeconds));
    b.line(QStringLiteral("# not after charon's default of about 3 minutes. docs/failover.md"));
    b.open(QStringLiteral("charon"));
    b.line(QStringLiteral("retransmit_tries = %1").arg(kRetransmitTries));
    b.line(QStringLiteral("retransmit_timeout = %1").arg(kRetransmitTimeout, 0, 'f', 1));
    b.line(QStringLiteral("retransmit_base = %1").arg(kRetransmitBase, 0, 'f', 1));
    b.close();
    return GeneratedFile{LinuxPaths::charonFailover(), b.toUtf8(), FileModes::Config};
}
