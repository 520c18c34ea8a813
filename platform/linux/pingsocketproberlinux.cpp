#include "platform/linux/pingsocketproberlinux.h"

#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/ip_icmp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kHeaderSize = 8;  // type, code, checksum, identifier, sequence
constexpr int kPayloadSize = 8; // the prober's cookie
constexpr quint8 kEchoRequest = 8;
constexpr quint8 kEchoReply = 0;

QString errnoText(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

} // namespace

std::unique_ptr<PingSocketProber> PingSocketProber::open(QString *error, QObject *parent)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_ICMP);
    if (fd < 0) {
        const int err = errno;
        if (error) {
            *error = (err == EACCES || err == EPERM)
                         ? QStringLiteral("ICMP ping sockets are not allowed for this user "
                                          "(net.ipv4.ping_group_range does not include its group)")
                         : QStringLiteral("cannot open an ICMP ping socket: %1").arg(errnoText(err));
        }
        return nullptr;
    }
    return std::unique_ptr<PingSocketProber>(new PingSocketProber(fd, parent));
}

PingSocketProber::PingSocketProber(int fd, QObject *parent)
    : Prober(parent),
      m_fd(fd),
      m_notifier(new QSocketNotifier(fd, QSocketNotifier::Read, this)),
      m_cookie(QRandomGenerator::system()->generate64())
{
    connect(m_notifier, &QSocketNotifier::activated, this, &PingSocketProber::readReplies);
}

PingSocketProber::~PingSocketProber()
{
    m_notifier->setEnabled(false);
    ::close(m_fd);
}

QString PingSocketProber::name() const { return QStringLiteral("ICMP ping socket"); }

quint64 PingSocketProber::start(Ipv4Address address, int timeoutMs)
{
    const quint64 token = ++m_nextToken;
    quint16 sequence = m_nextSequence++;
    for (int guard = 0; m_pending.contains(sequence) && guard < 65536; ++guard)
        sequence = m_nextSequence++;
    if (m_pending.contains(sequence)) {
        finishLater(token, ProbeResult::lost(QStringLiteral("too many requests outstanding")));
        return token;
    }

    unsigned char packet[kHeaderSize + kPayloadSize] = {};
    packet[0] = kEchoRequest;
    const quint16 seq = htons(sequence);
    std::memcpy(packet + 6, &seq, sizeof seq); // identifier and checksum: the kernel's
    std::memcpy(packet + kHeaderSize, &m_cookie, sizeof m_cookie);

    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(address.value());
    Pending pending{token, address, QElapsedTimer()};
    pending.sent.start();
    if (::sendto(m_fd, packet, sizeof packet, 0, reinterpret_cast<const sockaddr *>(&to), sizeof to) < 0) {
        finishLater(token, ProbeResult::lost(QStringLiteral("cannot send to %1: %2")
                                                 .arg(address.toString(), errnoText(errno))));
        return token;
    }
    m_pending.insert(sequence, pending);
    QTimer::singleShot(timeoutMs, this, [this, sequence, token, timeoutMs] {
        const auto it = m_pending.constFind(sequence);
        if (it != m_pending.cend() && it->token == token)
            finish(sequence, ProbeResult::lost(QStringLiteral("no reply within %1 ms").arg(timeoutMs)));
    });
    return token;
}

void PingSocketProber::readReplies()
{
    for (;;) {
        unsigned char buffer[1500];
        sockaddr_in from{};
        socklen_t fromLength = sizeof from;
        const ssize_t n = ::recvfrom(m_fd, buffer, sizeof buffer, 0,
                                     reinterpret_cast<sockaddr *>(&from), &fromLength);
        if (n < 0)
            return; // EAGAIN: drained (errors of single packets are not fatal)
        if (n < kHeaderSize + kPayloadSize || buffer[0] != kEchoReply)
            continue;
        quint64 cookie = 0;
        std::memcpy(&cookie, buffer + kHeaderSize, sizeof cookie);
        if (cookie != m_cookie)
            continue;
        quint16 seq = 0;
        std::memcpy(&seq, buffer + 6, sizeof seq);
        const quint16 sequence = ntohs(seq);
        const auto it = m_pending.constFind(sequence);
        if (it == m_pending.cend() || it->address.value() != ntohl(from.sin_addr.s_addr))
            continue; // late (already timed out) or from elsewhere
        finish(sequence, ProbeResult::reply(double(it->sent.nsecsElapsed()) / 1e6));
    }
}

void PingSocketProber::finish(quint16 sequence, const ProbeResult &result)
{
    const Pending pending = m_pending.take(sequence);
    Q_EMIT finished(pending.token, result);
}

void PingSocketProber::finishLater(quint64 token, const ProbeResult &result)
{
    QTimer::singleShot(0, this, [this, token, result] { Q_EMIT finished(token, result); });
}
