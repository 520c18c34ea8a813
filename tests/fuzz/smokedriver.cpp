// Runs a libFuzzer target without libFuzzer (GCC has none): each seed file
// given on the command line, then a fixed number of deterministic mutations
// of them (bytes flipped, inserted, deleted; halves spliced; braces and
// brackets repeated to nest deep). A crash or a sanitizer report fails the
// ctest. With clang, the same target builds as a real libFuzzer binary
// (tests/fuzz/CMakeLists.txt).
#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

void run(const QByteArray &b)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size()));
}

QByteArray mutate(QByteArray b, QRandomGenerator &rng)
{
    static const char kSpecial[] = "{}[]=\"\\ \n:/.,-0123456789";
    const int edits = 1 + int(rng.bounded(8));
    for (int i = 0; i < edits; ++i) {
        const qsizetype at = b.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(b.size())));
        switch (rng.bounded(5)) {
        case 0:
            if (!b.isEmpty())
                b[at] = char(rng.bounded(256));
            break;
        case 1:
            b.insert(at, kSpecial[rng.bounded(quint32(sizeof kSpecial - 1))]);
            break;
        case 2:
            b.remove(at, 1 + qsizetype(rng.bounded(16)));
            break;
        case 3:
            b = b.left(at) + b.mid(b.size() - at);
            break;
        default:
            b.insert(at, QByteArray(1 + int(rng.bounded(64)), rng.bounded(2) ? '{' : '['));
            break;
        }
    }
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    QList<QByteArray> seeds{QByteArray()};
    for (int i = 1; i < argc; ++i) {
        QFile f(QString::fromLocal8Bit(argv[i]));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read seed %s\n", argv[i]);
            return 2;
        }
        seeds << f.readAll();
    }
    QRandomGenerator rng(20261204); // deterministic: a failure is reproducible
    constexpr int kRounds = 4000;
    for (const QByteArray &s : seeds)
        run(s);
    for (int i = 0; i < kRounds; ++i)
        run(mutate(seeds[int(rng.bounded(quint32(seeds.size())))], rng));
    std::printf("fuzz smoke: %lld seeds, %d mutated inputs, no crash\n", static_cast<long long>(seeds.size()), kRounds);
    return 0;
}
