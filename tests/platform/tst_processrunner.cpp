#include "fakebin.h"
#include "platform/common/processrunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

class TestProcessRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Arguments reach the program exactly as given: no shell ever sees them.
    void argvIsPassedVerbatim()
    {
        FakeBin bin;
        bin.install(QStringLiteral("tool"), QStringLiteral("echo out; echo err >&2; exit 0"));
        ProcessRunner runner;
        const QStringList args{QStringLiteral("a b"), QStringLiteral("$(id)"),
                               QStringLiteral("x;rm -rf /"), QStringLiteral("'\"`"),
                               QStringLiteral("*")};
        const ProcessResult r = runner.run({QStringLiteral("tool"), args, {}, 5000, {}, true});
        QVERIFY(r.ok());
        QCOMPARE(r.stdOutText(), QStringLiteral("out\n"));
        QCOMPARE(r.stdErrText(), QStringLiteral("err"));
        QCOMPARE(bin.calls(), QList<QStringList>({QStringList{QStringLiteral("tool")} + args}));
    }

    void stdinIsDeliveredAndClosed()
    {
        FakeBin bin;
        bin.install(QStringLiteral("tool"), QStringLiteral("exit 0"));
        ProcessRunner runner;
        QVERIFY(runner.run({QStringLiteral("tool"), {}, "line1\nline2\n", 5000, {}, true}).ok());
        QCOMPARE(bin.stdinOf(1), QByteArray("line1\nline2\n"));
    }

    void exitCodeAndStderrAreReported()
    {
        FakeBin bin;
        bin.install(QStringLiteral("tool"),
                    QStringLiteral("echo 'Error: no such connection profile.' >&2; exit 10"));
        ProcessRunner runner;
        const ProcessResult r = runner.run({QStringLiteral("tool"), {}, {}, 5000, {}, true});
        QVERIFY(!r.ok());
        QCOMPARE(r.outcome, ProcessResult::Outcome::Finished);
        QCOMPARE(r.exitCode, 10);
        QCOMPARE(r.describe(QStringLiteral("tool")),
                 QStringLiteral("tool failed (exit 10): Error: no such connection profile."));
    }

    void hangIsStoppedByTheTimeout()
    {
        FakeBin bin;
        bin.install(QStringLiteral("tool"), QStringLiteral("exec sleep 30"));
        ProcessRunner runner;
        QElapsedTimer t;
        t.start();
        const ProcessResult r = runner.run({QStringLiteral("tool"), {}, {}, 300, {}, true});
        QCOMPARE(r.outcome, ProcessResult::Outcome::TimedOut);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(r.error.contains(QLatin1String("did not finish within 0.3 s")));
        QVERIFY(!runner.isRunning());
    }

    void cancelStopsTheProgram()
    {
        FakeBin bin;
        bin.install(QStringLiteral("tool"), QStringLiteral("exec sleep 30"));
        ProcessRunner runner;
        QTimer::singleShot(200, &runner, &ProcessRunner::cancel);
        QElapsedTimer t;
        t.start();
        const ProcessResult r = runner.run({QStringLiteral("tool"), {}, {}, 20000, {}, true});
        QCOMPARE(r.outcome, ProcessResult::Outcome::Canceled);
        QVERIFY(t.elapsed() < 5000);
    }

    void missingProgramFailsToStart()
    {
        ProcessRunner runner;
        const ProcessResult r =
            runner.run({QStringLiteral("/nonexistent/routestudio-nope"), {}, {}, 2000, {}, true});
        QCOMPARE(r.outcome, ProcessResult::Outcome::FailedToStart);
        QVERIFY(r.error.contains(QLatin1String("could not start")));
    }

    // A registered secret on a command line is refused before anything starts.
    void secretInArgvIsRefused_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::newRow("plain") << QStringLiteral("hunter2-secret");
        QTest::newRow("embedded") << QStringLiteral("password=hunter2-secret,x");
        QTest::newRow("base64 0s form")
            << QStringLiteral("0s") + QString::fromLatin1(QByteArray("hunter2-secret").toBase64());
    }
    void secretInArgvIsRefused()
    {
        QFETCH(QString, arg);
        FakeBin bin;
        bin.install(QStringLiteral("tool"), QStringLiteral("exit 0"));
        ProcessRunner runner;
        runner.addSecret(QStringLiteral("hunter2-secret"));
        QSignalSpy log(&runner, &ProcessRunner::logLine);
        const ProcessResult r = runner.run({QStringLiteral("tool"), {arg}, {}, 2000, {}, true});
        QCOMPARE(r.outcome, ProcessResult::Outcome::Refused);
        QVERIFY(bin.calls().isEmpty());
        for (const auto &l : log)
            QVERIFY(!l.at(0).toString().contains(QLatin1String("hunter2-secret")));
    }

    // Output lines and results carry no secret: the redactor masks them.
    void outputIsRedacted()
    {
        FakeBin bin;
        bin.install(QStringLiteral("tool"),
                    QStringLiteral("s=$(cat \"$FAKEBIN_DIR/stdin.$n\"); echo \"got $s\"; "
                                   "echo \"bad $s\" >&2; exit 1"));
        ProcessRunner runner;
        runner.addSecret(QStringLiteral("hunter2-secret"));
        QSignalSpy log(&runner, &ProcessRunner::logLine);
        const ProcessResult r =
            runner.run({QStringLiteral("tool"), {}, "hunter2-secret\n", 2000, {}, true});
        QCOMPARE(r.stdOutText(), QStringLiteral("got ********\n"));
        QVERIFY(!r.describe(QStringLiteral("tool")).contains(QLatin1String("hunter2")));
        QStringList lines;
        for (const auto &l : log)
            lines.append(l.at(0).toString());
        QVERIFY(lines.contains(QStringLiteral("  got ********")));
        QVERIFY(lines.contains(QStringLiteral("  ! bad ********")));
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QLatin1String("hunter2")));
        QCOMPARE(lines.first(), QStringLiteral("$ tool"));
    }

    void commandLineIsLoggedQuoted()
    {
        FakeBin bin;
        bin.install(QStringLiteral("tool"), QStringLiteral("exit 0"));
        ProcessRunner runner;
        QSignalSpy log(&runner, &ProcessRunner::logLine);
        runner.run({QStringLiteral("tool"),
                    {QStringLiteral("id"), QStringLiteral("RouteStudio hq staff")}, {}, 2000, {},
                    true});
        QCOMPARE(log.first().at(0).toString(), QStringLiteral("$ tool id 'RouteStudio hq staff'"));
    }

    // A final newline is not "plain" ("$" matches before it): the argument is logged quoted.
    void trailingNewlineIsLoggedQuoted()
    {
        FakeBin bin;
        bin.install(QStringLiteral("tool"), QStringLiteral("exit 0"));
        ProcessRunner runner;
        QSignalSpy log(&runner, &ProcessRunner::logLine);
        runner.run({QStringLiteral("tool"), {QStringLiteral("ppp0\n"), QStringLiteral("ppp1")}, {},
                    2000, {}, true});
        QCOMPARE(log.first().at(0).toString(), QStringLiteral("$ tool 'ppp0\n' ppp1"));
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
