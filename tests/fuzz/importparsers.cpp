// Fuzz targets (libFuzzer entry points) of the import's parsers (issue 15,
// docs/import.md "Hostile input"), one per format: the bytes become that
// format's file of a box (at the path the import recognises it by, with the
// files it needs beside it), and the whole import runs on it as the CLI does:
// the text check, the parser, the reading into box facts, the topology
// builder, the route evidence and the report. None may crash, hang or read out
// of bounds. ROUTESTUDIO_FUZZ_FORMAT (set by tests/fuzz/CMakeLists.txt) picks
// the format.
#include "core/import/importreport.h"
#include "core/import/importrun.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace {

struct Format
{
    const char *name;
    const char *path;    // where the bytes go
    const char *helper;  // another file the format needs to be read ("" none)
    const char *helperText;
};

constexpr Format kFormats[] = {
    {"swanctl", "etc/swanctl/swanctl.conf", "", ""},
    {"ipsec-conf", "etc/ipsec.conf", "", ""},
    {"ipsec-secrets", "etc/ipsec.secrets", "", ""},
    {"xl2tpd", "etc/xl2tpd/xl2tpd.conf", "", ""},
    {"ppp-options", "etc/ppp/options.l2tpd", "etc/xl2tpd/xl2tpd.conf",
     "[lns default]\nip range = 10.8.0.2-10.8.0.254\nlocal ip = 10.8.0.1\npppoptfile = /etc/ppp/options.l2tpd\n"},
    {"chap-secrets", "etc/ppp/chap-secrets", "", ""},
    {"route-script", "etc/ppp/ip-up.d/50-routes", "", ""},
    {"routeros", "export.rsc", "", ""},
    {"ios", "running-config", "", ""},
    {"pfsense", "config.xml", "", ""},
    {"ip-route", "ip-route.txt", "", ""},
};

const Format &format()
{
    for (const Format &f : kFormats) {
        if (std::strcmp(f.name, ROUTESTUDIO_FUZZ_FORMAT) == 0)
            return f;
    }
    qFatal("unknown fuzz format %s", ROUTESTUDIO_FUZZ_FORMAT);
}

// How many inputs the import read as the format: a target whose inputs all
// stop at the text check or the format's detection would fuzz nothing.
struct Counts
{
    long inputs = 0;
    long read = 0;
    ~Counts() { std::fprintf(stderr, "import fuzz %s: %ld of %ld inputs read as the format\n", ROUTESTUDIO_FUZZ_FORMAT, read, inputs); }
};
Counts counts;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Format &f = format();
    SourceTree tree(QStringLiteral("box"));
    QString error;
    if (!tree.add(QString::fromLatin1(f.path), QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error))
        return 0; // over ImportLimits: refused before any parser
    if (*f.helper)
        tree.add(QString::fromLatin1(f.helper), QByteArray(f.helperText), &error);
    const ImportRun run = ImportRun::run({tree});
    (void)ImportReport::text(run);
    ++counts.inputs;
    const QString read = run.boxes.constFirst().formats.value(QString::fromLatin1(f.path));
    if (!read.isEmpty() && !read.startsWith(QLatin1String("not read")))
        ++counts.read;
    return 0;
}
