#pragma once

#include <QString>

// Encoding values for the syntax of a target file. Validation already limits
// what values may contain (DEVELOPERS.md); these encoders are the second
// line of defence and the one place each target's quoting rule lives.
namespace TargetSyntax {

// strongSwan (swanctl.conf, ipsec.secrets) and NetworkManager: "0s" + base64
// of the UTF-8 bytes, which those parsers read without any quoting rules.
QString base64Secret(const QString &secret);

// POSIX sh single quotes: 'it'\''s'. Safe for any value without control
// characters (callers never pass those; they assert).
QString shellQuote(const QString &value);

// A double-quoted word for pppd's chap-secrets/pap-secrets: backslash and
// double quote escaped with a backslash.
QString pppQuote(const QString &value);

// A double-quoted nft/iptables-free string (interface names): only
// [A-Za-z0-9._*+-] are expected; anything else asserts.
QString nftString(const QString &value);

// True for a strict dotted-quad IPv4 literal (publicAddress may also be a DNS name).
bool isIpv4Literal(const QString &text);

// True for a Linux interface name: 1-15 of A-Z a-z 0-9 . _ -, starting with a
// letter or digit (so no tool reads it as an option); '+' too when allowWildcard.
bool isInterfaceName(const QString &name, bool allowWildcard = false);

// True when `value` is a plain token every config syntax we write accepts
// unquoted: ids, user and secret names, addresses, DNS names.
bool isPlainToken(const QString &value);

} // namespace TargetSyntax
