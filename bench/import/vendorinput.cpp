#include "bench/import/vendorinput.h"

namespace {

constexpr qsizetype kFileBytes = 12'500'000;

QString ip(quint32 v)
{
    return QStringLiteral("%1.%2.%3.%4").arg(v >> 24).arg((v >> 16) & 255).arg((v >> 8) & 255).arg(v & 255);
}

// Peer k's public address (198.18.0.0/15) and LAN (10.0.0.0/8 in /24s).
QString peer(int k) { return ip(0xc6120000u + quint32(k)); }
QString lan(int k) { return ip(0x0a000000u + quint32(k) * 256u); }

QByteArray routerOs(int file, qsizetype bytes)
{
    QByteArray out = "# 2026-12-04 05:00:00 by RouterOS 7.16.1\n";
    for (int k = file * 100000; out.size() < bytes; ++k) {
        out += QStringLiteral("/ip ipsec peer add address=%1/32 exchange-mode=ike2 name=p%2 profile=default\n"
                              "/ip ipsec identity add peer=p%2 secret=\"peer-secret-%2-abcdefgh\"\n"
                              "/ip ipsec policy add dst-address=%3/24 peer=p%2 src-address=172.16.0.0/16 tunnel=yes\n"
                              "/ip firewall filter add action=accept chain=forward src-address=%3/24 comment=\"rule %2\"\n")
                   .arg(peer(k), QString::number(k), lan(k))
                   .toUtf8();
    }
    return out;
}

QByteArray ios(int file, qsizetype bytes)
{
    QByteArray out = "Building configuration...\n\nCurrent configuration : 1 bytes\n!\nhostname big\n!\n"
                     "interface GigabitEthernet0/0\n ip address 203.0.113.1 255.255.255.0\n crypto map OUT\n!\n";
    for (int k = file * 100000; out.size() < bytes; ++k) {
        const QString n = QString::number(k + 1);
        out += QStringLiteral("crypto isakmp key peer-key-%1-abcdefgh address %2\n"
                              "crypto map OUT %1 ipsec-isakmp\n set peer %2\n set transform-set TS\n match address ACL%1\n"
                              "ip access-list extended ACL%1\n permit ip 172.16.0.0 0.0.255.255 %3 0.0.0.255\n"
                              "access-list 150 permit tcp any host %3 eq 443\n")
                   .arg(n, peer(k), lan(k))
                   .toUtf8();
    }
    return out + "end\n";
}

QByteArray pfsense(int file, qsizetype bytes)
{
    QByteArray out = "<?xml version=\"1.0\"?>\n<pfsense>\n<interfaces><wan><if>em0</if><ipaddr>203.0.113.1</ipaddr>"
                     "<subnet>24</subnet></wan></interfaces>\n<ipsec>\n";
    const QByteArray tail = "</ipsec>\n</pfsense>\n";
    for (int k = file * 100000; out.size() + tail.size() < bytes; ++k) {
        const QString n = QString::number(k + 1);
        out += QStringLiteral("<phase1><ikeid>%1</ikeid><iketype>ikev2</iketype><interface>wan</interface>"
                              "<remote-gateway>%2</remote-gateway><authentication_method>pre_shared_key"
                              "</authentication_method><pre-shared-key>pf-key-%1-abcdefgh</pre-shared-key>"
                              "<descr>peer %1</descr></phase1>\n"
                              "<phase2><ikeid>%1</ikeid><mode>tunnel</mode><localid><type>network</type>"
                              "<address>172.16.0.0</address><netbits>16</netbits></localid><remoteid><type>network"
                              "</type><address>%3</address><netbits>24</netbits></remoteid></phase2>\n")
                   .arg(n, peer(k), lan(k))
                   .toUtf8();
    }
    return out + tail;
}

QByteArray ipRoute(int file, qsizetype bytes)
{
    QByteArray out = "default via 203.0.113.254 dev eth0 proto static\n"
                     "203.0.113.0/24 dev eth0 proto kernel scope link src 203.0.113.1\n";
    for (int k = file * 300000; out.size() < bytes; ++k)
        out += QStringLiteral("%1/24 via 192.0.2.%2 dev eth1 proto static metric %3\n").arg(lan(k)).arg(k % 250 + 1).arg(k % 7).toUtf8();
    return out;
}

} // namespace

namespace VendorInput {

QList<SourceTree> make(const QString &format, int megabytes)
{
    QByteArray (*gen)(int, qsizetype) = nullptr;
    QString name;
    if (format == u"routeros") {
        gen = routerOs;
        name = QStringLiteral("export-%1.rsc");
    } else if (format == u"ios") {
        gen = ios;
        name = QStringLiteral("running-config-%1.cfg");
    } else if (format == u"pfsense") {
        gen = pfsense;
        name = QStringLiteral("config.xml");
    } else if (format == u"ip-route") {
        gen = ipRoute;
        name = QStringLiteral("ip-route-%1.txt");
    } else {
        return {};
    }
    // pfSense keeps one config.xml a box: one box a file; the others one box.
    const bool boxPerFile = format == u"pfsense";
    QList<SourceTree> trees;
    qint64 left = qint64(megabytes) * 1'000'000;
    for (int file = 0; left > 0; ++file) {
        const QByteArray bytes = gen(file, qMin<qint64>(left, kFileBytes));
        left -= bytes.size();
        if (boxPerFile || trees.isEmpty())
            trees.append(SourceTree(QStringLiteral("box-%1").arg(trees.size())));
        QString error;
        if (!trees.last().add(name.contains(QLatin1String("%1")) ? name.arg(file) : name, bytes, &error))
            qFatal("%s", qPrintable(error));
    }
    return trees;
}

} // namespace VendorInput
