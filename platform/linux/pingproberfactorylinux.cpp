#include "platform/common/proberfactory.h"

#include "platform/linux/pingcommandproberlinux.h"
#include "platform/linux/pingsocketproberlinux.h"

std::unique_ptr<Prober> ProberFactory::create(QString *why)
{
    QString error;
    if (std::unique_ptr<PingSocketProber> socket = PingSocketProber::open(&error)) {
        if (why)
            *why = QStringLiteral("unprivileged ICMP ping socket");
        return socket;
    }
    if (why)
        *why = error + QStringLiteral("; using the system ping instead");
    return std::make_unique<PingCommandProber>();
}
