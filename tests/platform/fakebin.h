#pragma once

// Fake helpers for backend tests: shell scripts written into a temporary
// folder that is put FIRST on PATH. Each script records its argv (one
// argument a line after an "@@ name" line) and its stdin, then runs the body
// the test gave it, which plays back the real tool's output, a failure or a
// hang (`exec sleep`, so the runner's kill reaches the process itself).

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

class FakeBin
{
public:
    FakeBin()
    {
        m_oldPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_dir.path()) + ':' + m_oldPath);
        qputenv("FAKEBIN_DIR", QFile::encodeName(m_dir.path()));
    }
    ~FakeBin()
    {
        qputenv("PATH", m_oldPath);
        qunsetenv("FAKEBIN_DIR");
    }
    FakeBin(const FakeBin &) = delete;
    FakeBin &operator=(const FakeBin &) = delete;

    QString path() const { return m_dir.path(); }

    // Writes the fake `name`; `body` is POSIX sh run after recording.
    void install(const QString &name, const QString &body)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QString script =
            QStringLiteral("#!/bin/sh\n"
                           "n=$(cat \"$FAKEBIN_DIR/.count\" 2>/dev/null || echo 0); n=$((n+1));"
                           " echo $n > \"$FAKEBIN_DIR/.count\"\n"
                           "{ printf '@@ %s\\n' \"$(basename \"$0\")\";"
                           " for a in \"$@\"; do printf '%s\\n' \"$a\"; done; }"
                           " >> \"$FAKEBIN_DIR/argv.log\"\n"
                           "cat > \"$FAKEBIN_DIR/stdin.$n\"\n") +
            body + QLatin1Char('\n');
        f.write(script.toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                         QFileDevice::ExeOwner);
    }

    // Every recorded call: the program name first, then its arguments.
    QList<QStringList> calls() const
    {
        QList<QStringList> out;
        QFile f(m_dir.filePath(QStringLiteral("argv.log")));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("@@ ")))
                out.append(QStringList{l.mid(3)});
            else if (!out.isEmpty() && !(l.isEmpty() && &l == &lines.last()))
                out.last().append(l);
        }
        return out;
    }
    QString rawLog() const
    {
        QFile f(m_dir.filePath(QStringLiteral("argv.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    // The stdin of the n-th call (1-based, over all fakes).
    QByteArray stdinOf(int n) const
    {
        QFile f(m_dir.filePath(QStringLiteral("stdin.%1").arg(n)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QByteArray file(const QString &name) const
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void reset()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("argv.log")));
        QFile::remove(m_dir.filePath(QStringLiteral(".count")));
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldPath;
};
