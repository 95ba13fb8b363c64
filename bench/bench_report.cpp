// Report export benchmarks (see docs/benchmarks.md): the time to write and
// to read back the biggest report a user can make (a day of monitoring in
// one-second buckets, 10,000 connections tried), in every format, with and
// without redaction; and the files' sizes. Runs offscreen.

#include "export/reportexporter.h"
#include "checks/systemfiles.h"
#include "report/reportjsonreader.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtGui/QGuiApplication>

namespace {

Report bigReport()
{
    Report r;
    r.id = QStringLiteral("bench");
    r.target = QStringLiteral("service.example.net:443");
    r.startedAt = QDateTime::currentDateTime().addDays(-1);
    r.finishedAt = QDateTime::currentDateTime();
    QRandomGenerator random(1);
    Timeline timeline(1000, 86400);
    const qint64 start = r.startedAt.toMSecsSinceEpoch();
    for (int s = 0; s < 86400; ++s) {
        timeline.add(start + qint64(s) * 1000, Vocabulary::Outcome::Ok);
        if (random.bounded(50) == 0)
            timeline.add(start + qint64(s) * 1000, Vocabulary::Outcome::Reset);
    }
    r.timeline = timeline;
    for (int i = 0; i < 10000; ++i) {
        ProbeResult p;
        p.id = i;
        p.outcome = random.bounded(10) == 0 ? Vocabulary::Outcome::Reset : Vocabulary::Outcome::Ok;
        p.phase = p.outcome == Vocabulary::Outcome::Ok ? Vocabulary::Phase::Done : Vocabulary::Phase::Receive;
        p.startedAt = r.startedAt.addSecs(i * 8);
        p.elapsedMs = 12.5;
        p.peerAddress = QStringLiteral("203.0.113.%1").arg(i % 250);
        p.detail = p.outcome == Vocabulary::Outcome::Ok ? QString() : QStringLiteral("The remote host closed the connection");
        r.probes << p;
    }
    Finding f;
    f.id = Vocabulary::FindingId::ServerOverload;
    f.confidence = 0.6;
    f.title = QStringLiteral("The server is overloaded");
    f.evidence = {QStringLiteral("Resets came in bursts at 203.0.113.7")};
    r.findings << f;
    r.headline = f.title;
    r.environment = EnvironmentInfo::collect(SystemFiles{});
    return r;
}

double msSince(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const Report report = bigReport();
    out << "| format | write (ms) | write, everything hidden (ms) | size (KiB) |\n|---|---|---|---|\n";
    for (const char *name : {"report.json", "report.html", "report.txt", "report.csv", "report.pdf"}) {
        const QString path = dir.filePath(QLatin1String(name));
        QString error;
        QElapsedTimer clock;
        clock.start();
        if (!ReportExporter::write(report, path, &error))
            out << error << Qt::endl;
        const double plain = msSince(clock);
        clock.restart();
        ReportExporter::exportTo(report, dir.filePath(QStringLiteral("hidden-") + QLatin1String(name)), Redactor::All, &error);
        const double hidden = msSince(clock);
        out << "| " << name << " | " << QString::number(plain, 'f', 0) << " | " << QString::number(hidden, 'f', 0) << " | "
            << QFileInfo(path).size() / 1024 << " |\n";
    }
    Report back;
    QString error;
    QElapsedTimer clock;
    clock.start();
    const bool read = ReportJsonReader::readFile(dir.filePath(QStringLiteral("report.json")), &back, &error);
    out << "\nreading the JSON back (--open): " << QString::number(msSince(clock), 'f', 0) << " ms, "
        << (read ? QStringLiteral("%1 buckets, %2 probes").arg(back.timeline.buckets().size()).arg(back.probes.size()) : error)
        << Qt::endl;
    return 0;
}
