#pragma once

#include <QString>

// What one ESP transform adds to a packet: the IV sent with each packet, the
// block size the payload is padded to, and the integrity check value.
struct CipherOverhead
{
    QString name;
    int ivBytes = 16;
    int blockBytes = 16;
    int icvBytes = 16;

    // The proposals RouteStudio writes, largest overhead first.
    static CipherOverhead aes256Sha256() { return {QStringLiteral("aes256-sha256"), 16, 16, 16}; }
    static CipherOverhead aes128Sha1() { return {QStringLiteral("aes128-sha1"), 16, 16, 12}; }
    static CipherOverhead aes256Gcm16() { return {QStringLiteral("aes256gcm16"), 8, 4, 16}; }
};
