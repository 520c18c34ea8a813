#pragma once

#include "platform/common/processrunner.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

// Two network namespaces joined by a veth pair, for probe tests:
//   side A  10.199.0.1/24 (the prober runs here, after enter())
//   side B  10.199.0.2/24 (answers every echo) and 10.199.0.3/24, whose echo
//           requests an nft rule inside B drops at random (lossPercent).
// Needs root. The test's own names carry its PID; remove() deletes both
// namespaces (and with them the veth pair and the nft table).
class NetnsLab
{
public:
    explicit NetnsLab(int lossPercent) : m_loss(lossPercent)
    {
        const QString id = QString::number(::getpid());
        m_a = QStringLiteral("rsmon-a-") + id;
        m_b = QStringLiteral("rsmon-b-") + id;
        m_vethA = QStringLiteral("rsm") + id.right(7) + u'a';
        m_vethB = QStringLiteral("rsm") + id.right(7) + u'b';
    }
    ~NetnsLab() { remove(); }

    // Empty when the lab can run here, else the reason.
    static QString unavailableReason()
    {
        if (::geteuid() != 0)
            return QStringLiteral("needs root (network namespaces, veth, nft)");
        for (const char *tool : {"ip", "nft", "sysctl"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()
                && QStandardPaths::findExecutable(QLatin1String(tool), {"/usr/sbin", "/sbin"}).isEmpty())
                return QStringLiteral("%1 is not installed").arg(QLatin1String(tool));
        }
        return QString();
    }

    bool create()
    {
        m_created = true;
        const QString rules = QStringLiteral(
                                  "table inet rsmon {\n"
                                  "  chain input {\n"
                                  "    type filter hook input priority 0; policy accept;\n"
                                  "    ip daddr 10.199.0.3 icmp type echo-request numgen random mod 100 < %1 drop\n"
                                  "  }\n"
                                  "}\n")
                                  .arg(m_loss);
        return run({"ip", "netns", "add", m_a}) && run({"ip", "netns", "add", m_b})
               && run({"ip", "link", "add", m_vethA, "netns", m_a, "type", "veth", "peer", "name", m_vethB,
                       "netns", m_b})
               && run({"ip", "-n", m_a, "addr", "add", "10.199.0.1/24", "dev", m_vethA})
               && run({"ip", "-n", m_b, "addr", "add", "10.199.0.2/24", "dev", m_vethB})
               && run({"ip", "-n", m_b, "addr", "add", "10.199.0.3/24", "dev", m_vethB})
               && run({"ip", "-n", m_a, "link", "set", "lo", "up"})
               && run({"ip", "-n", m_b, "link", "set", "lo", "up"})
               && run({"ip", "-n", m_a, "link", "set", m_vethA, "up"})
               && run({"ip", "-n", m_b, "link", "set", m_vethB, "up"})
               && run({"ip", "netns", "exec", m_b, "nft", "-f", "-"}, rules.toUtf8());
    }

    // Lets every group of side A open ping sockets (the sysctl is per namespace).
    bool allowPingSockets()
    {
        return run({"ip", "netns", "exec", m_a, "sysctl", "-qw", "net.ipv4.ping_group_range=0 2147483647"});
    }

    // Moves the calling thread into side A; leave() returns it.
    bool enter()
    {
        m_home = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        const int fd = ::open(QFile::encodeName(QStringLiteral("/run/netns/") + m_a).constData(),
                              O_RDONLY | O_CLOEXEC);
        const bool ok = m_home >= 0 && fd >= 0 && ::setns(fd, CLONE_NEWNET) == 0;
        if (fd >= 0)
            ::close(fd);
        return ok;
    }

    void leave()
    {
        if (m_home >= 0) {
            ::setns(m_home, CLONE_NEWNET);
            ::close(m_home);
            m_home = -1;
        }
    }

    void remove()
    {
        leave();
        if (!m_created)
            return;
        m_created = false;
        run({"ip", "netns", "del", m_a});
        run({"ip", "netns", "del", m_b});
    }

    const QString &sideA() const { return m_a; }
    const QString &sideB() const { return m_b; }
    QString lastError() const { return m_error; }

private:
    bool run(const QStringList &argv, const QByteArray &input = QByteArray())
    {
        ProcessRunner runner;
        ProcessRequest request;
        request.program = argv.first();
        request.arguments = argv.mid(1);
        request.stdinData = input;
        request.timeoutMs = 15000;
        const ProcessResult result = runner.run(request);
        if (!result.ok()) {
            m_error = argv.join(u' ') + QStringLiteral(": ") + result.describe(argv.first());
            return false;
        }
        return true;
    }

    int m_loss;
    QString m_a, m_b, m_vethA, m_vethB;
    QString m_error;
    int m_home = -1;
    bool m_created = false;
};
