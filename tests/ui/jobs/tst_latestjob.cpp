#include "ui/jobs/latestjob.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

// LatestJob: work runs off the GUI thread, one at a time; requests made while
// one runs collapse into the newest; results apply in revision order, so a
// stale result never overwrites a newer one.
class TestLatestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOffTheGuiThreadAndAppliesOnIt()
    {
        LatestJob job;
        QThread *workThread = nullptr;
        QThread *applyThread = nullptr;
        job.request([&workThread, &applyThread]() -> LatestJob::Apply {
            workThread = QThread::currentThread();
            return [&applyThread] { applyThread = QThread::currentThread(); };
        });
        QVERIFY(job.isBusy());
        QTRY_VERIFY(!job.isBusy());
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(applyThread, QThread::currentThread());
        QCOMPARE(job.appliedRevision(), 1);
    }

    void newestRequestWinsAndNothingStaleIsApplied()
    {
        LatestJob job;
        QSignalSpy applied(&job, &LatestJob::applied);
        auto gate = std::make_shared<QSemaphore>(0);
        auto ran = std::make_shared<std::atomic<int>>(0);
        QList<int> shown; // the value each applied result put on screen
        const auto work = [&shown, gate, ran](int value, bool wait) {
            return [&shown, gate, ran, value, wait]() -> LatestJob::Apply {
                if (wait)
                    gate->acquire();
                ++*ran;
                return [&shown, value] { shown << value; };
            };
        };
        job.request(work(1, true)); // runs, held at the gate
        job.request(work(2, false)); // waits ...
        job.request(work(3, false)); // ... and is replaced by this one
        QCOMPARE(job.requestedRevision(), 3);
        gate->release();
        QTRY_VERIFY(!job.isBusy());
        QCOMPARE(shown, (QList<int>{1, 3}));
        QCOMPARE(ran->load(), 2); // request 2 never ran
        QCOMPARE(applied.size(), 2);
        QCOMPARE(applied.at(0).at(0).toInt(), 1);
        QCOMPARE(applied.at(1).at(0).toInt(), 3);
        QCOMPARE(job.appliedRevision(), 3);
    }

    void destructionWaitsForRunningWork()
    {
        auto gate = std::make_shared<QSemaphore>(0);
        auto finished = std::make_shared<std::atomic<bool>>(false);
        {
            LatestJob job;
            job.request([gate, finished]() -> LatestJob::Apply {
                gate->acquire();
                *finished = true;
                return {};
            });
            gate->release();
        } // ~LatestJob waits: the work never outlives its owner
        QVERIFY(finished->load());
    }
};

QTEST_MAIN(TestLatestJob)
#include "tst_latestjob.moc"
