#pragma once

#include "core/model/profile.h"

#include <QString>
#include <QStringList>

// The IKE and ESP proposals every generator writes, in strongSwan spelling, so
// that both ends of a link agree by construction. Vendor generators map these
// to their own names (aes256 = AES-CBC 256, sha256 = HMAC-SHA256 with 128-bit
// ICV, modp2048 = DH group 14).
namespace Proposals {

// Site-to-site links (IKEv1 or IKEv2), tunnel mode, PFS with DH group 14.
inline QString siteIke() { return QStringLiteral("aes256-sha256-modp2048"); }
inline QString siteEsp() { return QStringLiteral("aes256-sha256-modp2048"); }

// L2TP/IPsec remote access (IKEv1 Main Mode, transport mode). Windows and
// macOS built-in clients offer AES-CBC with SHA1 and DH group 2 or 14 and no
// PFS in Quick Mode, so the SHA1/modp1024 variants are kept for them.
inline QStringList remoteAccessIke()
{
    return {QStringLiteral("aes256-sha256-modp2048"), QStringLiteral("aes256-sha1-modp2048"),
            QStringLiteral("aes128-sha1-modp2048"), QStringLiteral("aes256-sha1-modp1024"),
            QStringLiteral("aes128-sha1-modp1024")};
}
inline QStringList remoteAccessEsp()
{
    return {QStringLiteral("aes256-sha256"), QStringLiteral("aes256-sha1"),
            QStringLiteral("aes128-sha1")};
}

// 3DES/SHA1/DH 2 for old Windows and macOS clients: never by default, only when a
// profile of the hub sets `"legacyProposals": true` (docs/file-format.md).
inline const char *legacyField() { return "legacyProposals"; }
inline bool wantsLegacy(const Profile &p) { return p.extra.value(QLatin1String(legacyField())).toBool(false); }
inline QStringList remoteAccessIke(bool legacy)
{
    QStringList out = remoteAccessIke();
    if (legacy)
        out << QStringLiteral("3des-sha1-modp1024");
    return out;
}
inline QStringList remoteAccessEsp(bool legacy)
{
    QStringList out = remoteAccessEsp();
    if (legacy)
        out << QStringLiteral("3des-sha1");
    return out;
}

} // namespace Proposals
