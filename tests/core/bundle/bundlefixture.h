#pragma once

// Test helper: the seed example with fresh secrets and small hand-made
// generated files, so bundle tests do not depend on which generators exist.

#include "core/bundle/bundlebuilder.h"
#include "core/io/exampletopology.h"

struct BundleFixture
{
    Topology topology = ExampleTopology::topology();
    Secrets secrets = ExampleTopology::freshSecrets(topology);

    QList<GeneratedFile> clientFiles(const QString &user = QStringLiteral("alice")) const
    {
        const QByteArray psk = secrets.psk.value(QStringLiteral("hq-l2tp")).toUtf8();
        const QByteArray password = secrets.users.value(user).toUtf8();
        return {
            {QStringLiteral("staff.nmconnection"),
             "[vpn]\nipsec-psk=0s" + psk.toBase64() + "\n[vpn-secrets]\npassword=" + password
                 + "\n",
             0600},
            {QStringLiteral("staff-routes.sh"), "#!/bin/sh\nip route add 10.10.0.0/16 dev ppp0\n",
             0755},
        };
    }

    QList<GeneratedFile> hubFiles() const
    {
        QByteArray chap;
        for (const QString &u : {QStringLiteral("alice"), QStringLiteral("bob")})
            chap += u.toUtf8() + " * \"" + secrets.users.value(u).toUtf8() + "\" *\n";
        return {
            {QStringLiteral("etc/ppp/chap-secrets"), chap, 0600},
            {QStringLiteral("etc/swanctl/conf.d/hq.conf"),
             "secrets { ike-1 { secret = 0s"
                 + secrets.psk.value(QStringLiteral("hq-l2tp")).toUtf8().toBase64() + " } }\n",
             0600},
            {QStringLiteral("etc/xl2tpd/xl2tpd.conf"), "[lns default]\nip range = 10.8.0.10-10.8.0.250\n",
             0644},
        };
    }

    Bundle userBundle(const QString &user = QStringLiteral("alice")) const
    {
        QString error;
        const auto b = BundleBuilder::user(topology, secrets, QStringLiteral("staff"), user,
                                           clientFiles(user), &error);
        Q_ASSERT_X(b, "userBundle", qPrintable(error));
        return *b;
    }
};
