#pragma once

#include "core/monitor/prober.h"

#include <QElapsedTimer>
#include <QHash>
#include <memory>

class QSocketNotifier;

// ICMP echo through a Linux ping socket (socket(AF_INET, SOCK_DGRAM,
// IPPROTO_ICMP)): no privileges, no helper process. The kernel allows it when
// the caller's group is inside net.ipv4.ping_group_range (per network
// namespace; Debian's default "1 0" allows nobody, not even root). The kernel
// sets the echo identifier and checksum and hands back only replies to this
// socket; the payload carries a per-prober cookie so stray replies are ignored.
// Everything runs in the event loop: a socket notifier for replies and one
// timer per outstanding request.
class PingSocketProber final : public Prober
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PingSocketProber)

public:
    // nullptr with a sentence in `error` when the system refuses ping sockets.
    static std::unique_ptr<PingSocketProber> open(QString *error, QObject *parent = nullptr);
    ~PingSocketProber() override;

    QString name() const override;
    quint64 start(Ipv4Address address, int timeoutMs) override;

private:
    struct Pending
    {
        quint64 token = 0;
        Ipv4Address address;
        QElapsedTimer sent;
    };

    PingSocketProber(int fd, QObject *parent);
    void readReplies();
    void finish(quint16 sequence, const ProbeResult &result);
    void finishLater(quint64 token, const ProbeResult &result);

    int m_fd;
    QSocketNotifier *m_notifier;
    quint64 m_cookie;
    quint64 m_nextToken = 0;
    quint16 m_nextSequence = 0;
    QHash<quint16, Pending> m_pending;
};
