// Fuzz target (libFuzzer entry point) of the check collection's parsers
// (issue 17, docs/check.md): every parser gets the same bytes; none may crash,
// hang or read out of bounds, whatever the box's tools printed.
#include "core/check/liveparsers.h"
#include "core/check/viciraw.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    (void)LiveParsers::routes(bytes, &error);
    (void)LiveParsers::links(bytes, &error);
    (void)LiveParsers::sysctl(bytes, QStringLiteral("net.ipv4.ip_forward"), &error);
    (void)LiveParsers::nft(bytes, &error);
    (void)LiveParsers::swanctlRaw(bytes, &error);
    (void)ViciRaw::parse(bytes, &error);
    return 0;
}
