#include "core/validation/prefixsweep.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <tuple>

using PrefixSweep::Item;
using PrefixSweep::Nesting;

namespace {

Item item(quint32 first, int length, int tag)
{
    const quint32 mask = length == 0 ? 0u : ~0u << (32 - length);
    first &= mask;
    return Item{first, first | ~mask, length, tag};
}

// The nearest container by brute force: among the prefixes that contain `x` and
// sort before it, the one that sorts last (the longest; among equal ones the
// latest tag).
std::vector<Nesting> bruteForce(const std::vector<Item> &items)
{
    auto before = [](const Item &a, const Item &b) {
        return std::tie(a.first, a.length, a.tag) < std::tie(b.first, b.length, b.tag);
    };
    std::vector<Nesting> out;
    for (const Item &x : items) {
        const Item *best = nullptr;
        for (const Item &c : items) {
            if (c.first <= x.first && c.last >= x.last && before(c, x)
                && (!best || before(*best, c)))
                best = &c;
        }
        if (best)
            out.push_back({x.tag, best->tag});
    }
    return out;
}

bool lessNesting(const Nesting &a, const Nesting &b)
{
    return std::tie(a.inner, a.container) < std::tie(b.inner, b.container);
}

} // namespace

Q_DECLARE_METATYPE(std::vector<Item>)

class TestPrefixSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<std::vector<Item>>("items");
        QTest::addColumn<QList<int>>("pairs"); // inner, container, inner, container, ...
        QTest::newRow("empty") << std::vector<Item>{} << QList<int>{};
        QTest::newRow("disjoint") << std::vector<Item>{item(0x0a000000, 16, 0),
                                                       item(0x0a010000, 16, 1)}
                                  << QList<int>{};
        QTest::newRow("contained") << std::vector<Item>{item(0x0a0a1400, 24, 0),
                                                        item(0x0a0a0000, 16, 1)}
                                   << QList<int>{0, 1};
        QTest::newRow("equal: later tag inside earlier")
            << std::vector<Item>{item(0x0a0a0000, 16, 0), item(0x0a0a0000, 16, 1)}
            << QList<int>{1, 0};
        QTest::newRow("nearest of a chain")
            << std::vector<Item>{item(0x0a000000, 8, 0), item(0x0a0a0000, 16, 1),
                                 item(0x0a0a0100, 24, 2)}
            << QList<int>{1, 0, 2, 1};
        QTest::newRow("sibling after a closed one")
            << std::vector<Item>{item(0x0a000000, 8, 0), item(0x0a0a0000, 16, 1),
                                 item(0x0a0b0000, 16, 2)}
            << QList<int>{1, 0, 2, 0};
        QTest::newRow("whole space and a host")
            << std::vector<Item>{item(0xffffffff, 32, 0), item(0, 0, 1)} << QList<int>{0, 1};
    }

    void cases()
    {
        QFETCH(std::vector<Item>, items);
        QFETCH(QList<int>, pairs);
        std::vector<Nesting> got = PrefixSweep::nestings(items);
        std::sort(got.begin(), got.end(), lessNesting);
        QList<int> flat;
        for (const Nesting &n : got)
            flat << n.inner << n.container;
        QCOMPARE(flat, pairs);
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("count");
        for (quint32 seed : {1u, 2u, 3u, 42u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << 1500;
    }

    void matchesBruteForce()
    {
        QFETCH(quint32, seed);
        QFETCH(int, count);
        QRandomGenerator rng(seed);
        std::vector<Item> items;
        for (int i = 0; i < count; ++i) {
            // A small address space (10.0.0.0/20) so that many prefixes nest.
            const quint32 address = 0x0a000000u | rng.bounded(1u << 12);
            items.push_back(item(address, 20 + int(rng.bounded(13u)), i));
        }
        std::vector<Nesting> got = PrefixSweep::nestings(items);
        std::vector<Nesting> want = bruteForce(items);
        std::sort(got.begin(), got.end(), lessNesting);
        std::sort(want.begin(), want.end(), lessNesting);
        QVERIFY(want.size() > std::size_t(count / 2)); // the data really nests
        QCOMPARE(got.size(), want.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].inner, want[i].inner);
            QCOMPARE(got[i].container, want[i].container);
        }
    }
};

QTEST_GUILESS_MAIN(TestPrefixSweep)
#include "tst_prefixsweep.moc"
