#include "bundlefixture.h"
#include "rawarchive.h"

#include "core/bundle/bundleimport.h"
#include "core/bundle/bundlereader.h"
#include "core/validation/valuerules.h"

#include <QTest>

namespace {

const QByteArray kTop = "user-staff-alice/";

QList<RawEntry> validEntries(const Bundle &bundle)
{
    QList<RawEntry> out;
    for (const GeneratedFile &f : bundle.files)
        out.append(RawEntry{(bundle.name + QLatin1Char('/') + f.path).toUtf8(), f.content, f.mode,
                            AE_IFREG, {}, {}});
    return out;
}

int indexOf(const QList<RawEntry> &entries, const QByteArray &path)
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].path == path)
            return i;
    }
    return -1;
}

// Sets the Unix mode (file type included) of `name` in a zip's central directory,
// for entry types libarchive's zip writer will not produce itself.
void patchZipMode(QByteArray *zip, const QByteArray &name, quint32 mode)
{
    const QByteArray sig("PK\x01\x02", 4);
    for (qsizetype at = zip->indexOf(sig); at >= 0; at = zip->indexOf(sig, at + 4)) {
        const auto u16 = [&](int off) {
            return quint16(quint8(zip->at(at + off)) | quint8(zip->at(at + off + 1)) << 8);
        };
        const int nameLength = u16(28);
        if (zip->mid(at + 46, nameLength) != name)
            continue;
        (*zip)[at + 5] = 3; // version made by: Unix
        const quint32 attr = mode << 16;
        for (int i = 0; i < 4; ++i)
            (*zip)[at + 38 + i] = char((attr >> (8 * i)) & 0xff);
        return;
    }
    QFAIL("entry not found in the zip central directory");
}

} // namespace

class TestBundleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("tar.gz") << int(ArchiveFormat::TarGz);
        QTest::newRow("zip") << int(ArchiveFormat::Zip);
    }

    void roundTrip()
    {
        QFETCH(int, format);
        const BundleFixture fx;
        const Bundle bundle = fx.userBundle();
        QString error;
        const auto bytes = BundleReader::toArchive(bundle, ArchiveFormat(format), &error);
        QVERIFY2(bytes, qPrintable(error));
        const auto imported = BundleImport::read(*bytes, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->contents.files.size(), bundle.files.size());
        for (const GeneratedFile &f : bundle.files) {
            const GeneratedFile *g = imported->contents.file(f.path);
            QVERIFY2(g, qPrintable(f.path));
            QCOMPARE(g->content, f.content);
            QCOMPARE(g->mode, f.mode);
        }
        QCOMPARE(imported->profile.user, QStringLiteral("alice"));
        QCOMPARE(imported->profile.psk, fx.secrets.psk.value(QStringLiteral("hq-l2tp")));
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("reason");
        const struct
        {
            const char *attack;
            const char *entry;
            const char *reason;
        } rows[] = {
            {"traversal", "user-staff-alice/../evil", "path traversal"},
            {"absolute", "/etc/evil", "absolute path"},
            {"backslash", "user-staff-alice\\..\\evil", "backslash"},
            {"symlink", "user-staff-alice/files/link", "symbolic link"},
            {"hardlink", "user-staff-alice/files/hard", "hard link"},
            {"chardev", "user-staff-alice/files/dev", "character device"},
            {"fifo", "user-staff-alice/files/fifo", "fifo"},
            {"duplicate", "user-staff-alice/README.md", "duplicate entry"},
            {"case duplicate", "user-staff-alice/readme.md", "only in case"},
            {"NFD twin", "user-staff-alice/files/cafe\xcc\x81", "only in case or Unicode normalization"},
            {"zero-width space", "user-staff-alice/READ\xe2\x80\x8bME.md", "invisible character U+200B"},
            {"bidi override", "user-staff-alice/files/\xe2\x80\xaegnp.exe", "invisible character U+202E"},
            {"C1 control", "user-staff-alice/files/a\xc2\x85" "b", "invisible character U+0085"},
            {"file as folder", "user-staff-alice/README.md/x", "is a file, not a folder"},
            {"oversize entry", "user-staff-alice/files/big", "larger than the limit"},
            {"zip bomb total", "user-staff-alice/files/z3", "unpacks to more than"},
            {"too many entries", "user-staff-alice/files/n", "more than 12 entries"},
            {"outside top folder", "other/file", "outside the bundle folder"},
            {"manifest missing", "user-staff-alice/manifest.json", "missing"},
            {"extra file", "user-staff-alice/files/extra", "not listed in the manifest"},
            {"missing file", "user-staff-alice/README.md", "missing from the archive"},
            {"wrong hash", "user-staff-alice/profile.json", "SHA-256 does not match"},
            {"wrong mode", "user-staff-alice/profile.json", "mode 0644 does not match"},
        };
        for (const auto &r : rows) {
            for (const auto &[name, f] : {std::pair{"tar.gz", RawFormat::TarGz},
                                          std::pair{"zip", RawFormat::Zip}}) {
                if (f == RawFormat::Zip && qstrcmp(r.attack, "hardlink") == 0)
                    continue; // zip has no hard links
                QTest::addRow("%s (%s)", r.attack, name)
                    << QString::fromLatin1(r.attack) << int(f)
                    << QString::fromUtf8(r.entry) << QString::fromLatin1(r.reason);
            }
        }
    }

    void hostile()
    {
        QFETCH(QString, attack);
        QFETCH(int, format);
        QFETCH(QString, entry);
        QFETCH(QString, reason);
        const RawFormat fmt = RawFormat(format);
        const bool zip = fmt == RawFormat::Zip;
        const BundleFixture fx;
        QList<RawEntry> entries = validEntries(fx.userBundle());
        ArchiveLimits limits;
        const QByteArray e = entry.toUtf8();
        quint32 zipPatchMode = 0;
        if (attack == QLatin1String("symlink")) {
            entries.append({e, "/etc/passwd", 0777, zip ? AE_IFREG : AE_IFLNK,
                            zip ? QByteArray() : QByteArray("/etc/passwd"), {}});
            zipPatchMode = 0120777;
        } else if (attack == QLatin1String("hardlink")) {
            entries.append({e, {}, 0644, AE_IFREG, {}, kTop + "README.md"});
        } else if (attack == QLatin1String("chardev")) {
            entries.append({e, {}, 0644, zip ? AE_IFREG : AE_IFCHR, {}, {}});
            zipPatchMode = 020644;
        } else if (attack == QLatin1String("fifo")) {
            entries.append({e, {}, 0644, zip ? AE_IFREG : AE_IFIFO, {}, {}});
            zipPatchMode = 010644;
        } else if (attack == QLatin1String("duplicate")) {
            entries.append({e, "second copy\n", 0644, AE_IFREG, {}, {}});
        } else if (attack == QLatin1String("NFD twin")) {
            // The precomposed "café" first, then the same name decomposed.
            entries.append({kTop + "files/caf\xc3\xa9", "one\n", 0644, AE_IFREG, {}, {}});
            entries.append({e, "two\n", 0644, AE_IFREG, {}, {}});
        } else if (attack == QLatin1String("missing file")) {
            entries.removeAt(indexOf(entries, e));
        } else if (attack == QLatin1String("manifest missing")) {
            entries.removeAt(indexOf(entries, e));
        } else if (attack == QLatin1String("oversize entry")) {
            limits.maxEntrySize = 512 * 1024;
            entries.append({e, QByteArray(1024 * 1024, '\0'), 0644, AE_IFREG, {}, {}});
        } else if (attack == QLatin1String("zip bomb total")) {
            limits.maxTotalSize = 1024 * 1024;
            for (const char *n : {"z1", "z2", "z3", "z4"})
                entries.append({kTop + "files/" + n, QByteArray(400 * 1024, '\0'), 0644,
                                AE_IFREG, {}, {}});
        } else if (attack == QLatin1String("too many entries")) {
            limits.maxEntries = 12;
            for (int i = 0; i < 20; ++i)
                entries.append({e + QByteArray::number(i), "x", 0644, AE_IFREG, {}, {}});
        } else if (attack == QLatin1String("wrong hash")) {
            QByteArray &c = entries[indexOf(entries, e)].content;
            c[c.indexOf("alice")] = 'A'; // same size, other bytes
        } else if (attack == QLatin1String("wrong mode")) {
            entries[indexOf(entries, e)].mode = 0644;
        } else {
            // traversal, absolute, backslash, case duplicate, file as folder, outside, extra
            entries.append({e, "evil\n", 0644, AE_IFREG, {}, {}});
        }
        QString why;
        QByteArray bytes = rawArchive(fmt, entries, &why);
        QVERIFY2(!bytes.isEmpty(), qPrintable(why));
        if (zip && zipPatchMode)
            patchZipMode(&bytes, e, zipPatchMode);
        if (zip && attack == QLatin1String("backslash")) {
            // libarchive's zip reader turns '\\' into '/', which then reads as "..".
            entry = QStringLiteral("user-staff-alice/../evil");
            reason = QStringLiteral("path traversal");
        }
        QString error;
        QVERIFY(!BundleImport::read(bytes, &error, limits));
        // "too many entries" names the 13th entry, whichever it is
        if (attack != QLatin1String("too many entries"))
            QVERIFY2(error.contains(QLatin1Char('"') + ValueRules::escapeControls(entry)
                                    + QLatin1Char('"')),
                     qPrintable(error));
        for (const QChar c : error)
            QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                     "the error escapes the entry name");
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void notAnArchive()
    {
        QString error;
        QVERIFY(!BundleImport::read(QByteArray("this is not an archive at all"), &error));
        QVERIFY2(error.contains(QStringLiteral("not a tar, tar.gz or zip")), qPrintable(error));
    }

    void siteBundleIsNotAUserBundle()
    {
        const BundleFixture fx;
        QString error;
        const auto site = BundleBuilder::site(fx.topology, fx.secrets, QStringLiteral("hq"),
                                              fx.hubFiles(), &error);
        QVERIFY2(site, qPrintable(error));
        const auto bytes = BundleReader::toArchive(*site, ArchiveFormat::TarGz, &error);
        QVERIFY(bytes);
        QVERIFY(BundleReader::read(*bytes, {}, &error)); // a valid bundle...
        QVERIFY(!BundleImport::read(*bytes, &error));    // ...but not for a client
        QVERIFY2(error.contains(QStringLiteral("not a user bundle")), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestBundleReader)
#include "tst_bundlereader.moc"
