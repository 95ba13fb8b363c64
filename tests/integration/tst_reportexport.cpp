#include "export/reportexporter.h"
#include "report/reportjsonreader.h"
#include "report/reporttextwriter.h"
#include "report/reportwording.h"
#include "report/resetlogcsv.h"
#include "resetwatch/resetwording.h"
#include "samplereport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

// Every export format, written from a fixed report and read back by tools
// that did not write it: xmllint for the HTML, poppler for the PDF, the
// JSON Schema validator for the JSON, Python's csv module for the CSVs (the
// timeline and the reset log). Then the same with everything hidden: no
// planted value survives anywhere.
class tst_ReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlIsWellFormedAndSelfContained();
    void pdfHasTheSummaryAndRenders();
    void jsonValidatesAgainstTheSchema();
    void jsonSchemaCatchesABrokenReport_data();
    void jsonSchemaCatchesABrokenReport();
    void csvParses();
    void resetLogCsvParses();
    void textReadsInTheDocumentedOrder();
    void resetSectionOnlyWhenTheWatchRan();
    void jsonRoundTrips();
    void redactionLeaksNothing_data();
    void redactionLeaksNothing();
    void unknownExtensionIsRefused();
    void unwritablePathIsAnError();

private:
    QString exportTo(const QString &name, const Report &report);
    // The reset log as CSV, with everything hidden first when asked.
    QString writeResetCsv(const QString &name, const Report &report, Redactor::Categories redact);
    // Runs a tool; fails the test with its output when it does not exit 0.
    static QByteArray run(const QString &program, const QStringList &arguments, bool *ok);
    QString textOf(const QString &path);

    QTemporaryDir m_dir;
    Report m_report;
};

QByteArray tst_ReportExport::run(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess p;
    p.start(program, arguments);
    *ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok)
        qWarning().noquote() << program << arguments << p.readAllStandardError() << p.errorString();
    return p.readAllStandardOutput();
}

void tst_ReportExport::initTestCase()
{
    for (const char *tool : {"xmllint", "pdftotext", "pdftoppm"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: scripts/setup.sh installs it").arg(QLatin1String(tool))));
    }
    bool ok = false;
    run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import jsonschema, csv")}, &ok);
    QVERIFY2(ok, "python3-jsonschema is missing: scripts/setup.sh installs it");
    QVERIFY(m_dir.isValid());
    m_report = SampleReport::make();
}

QString tst_ReportExport::exportTo(const QString &name, const Report &report)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ReportExporter::write(report, path, &error))
        qWarning().noquote() << error;
    return path;
}

QString tst_ReportExport::writeResetCsv(const QString &name, const Report &report, Redactor::Categories redact)
{
    const QString path = m_dir.filePath(name);
    Redactor redactor(redact);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(ResetLogCsv::toCsv(redactor.redact(report).resetEvents));
    return path;
}

QString tst_ReportExport::textOf(const QString &path)
{
    if (!path.endsWith(QLatin1String(".pdf"))) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    bool ok = false;
    // -raw keeps the text in reading order, without layout line breaks.
    const QByteArray text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}, &ok);
    // Compatibility-normalised: the PDF's "ﬀ" ligature reads as "ff".
    return ok ? QString::fromUtf8(text).normalized(QString::NormalizationForm_KC) : QString();
}

void tst_ReportExport::htmlIsWellFormedAndSelfContained()
{
    const QString path = exportTo(QStringLiteral("report.html"), m_report);
    bool ok = false;
    run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path}, &ok);
    QVERIFY2(ok, "the HTML is not well-formed");
    const QString html = textOf(path);
    QVERIFY(html.contains(QLatin1String("<meta name=\"viewport\"")));
    QVERIFY(html.contains(QLatin1String("@media print")));
    // Self-contained: no file or web address is loaded; the chart is a data URL.
    static const QRegularExpression external(QStringLiteral("(src|href)=\"(?!data:)"));
    QVERIFY(!html.contains(external));
    const QRegularExpressionMatch chart =
        QRegularExpression(QStringLiteral("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"")).match(html);
    QVERIFY(chart.hasMatch());
    const QString svgPath = m_dir.filePath(QStringLiteral("chart.svg"));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::WriteOnly));
    svg.write(QByteArray::fromBase64(chart.captured(1).toLatin1()));
    svg.close();
    run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), svgPath}, &ok);
    QVERIFY2(ok, "the embedded chart is not well-formed SVG");
    QVERIFY(QByteArray::fromBase64(chart.captured(1).toLatin1()).contains("<polyline"));
    // The summary comes first, the computer last.
    const qsizetype summary = html.indexOf(QLatin1String("id=\"summary\""));
    const qsizetype findings = html.indexOf(QLatin1String("id=\"findings\""));
    const qsizetype checks = html.indexOf(QLatin1String("id=\"checks\""));
    const qsizetype probes = html.indexOf(QLatin1String("id=\"probes\""));
    const qsizetype timeline = html.indexOf(QLatin1String("id=\"timeline\""));
    const qsizetype resets = html.indexOf(QLatin1String("id=\"resets\""));
    const qsizetype environment = html.indexOf(QLatin1String("id=\"environment\""));
    QVERIFY(summary > 0 && summary < findings && findings < checks && checks < probes && probes < timeline
            && timeline < resets && resets < environment);
    // The reset section: what the watch saw, by program and server, then
    // each reset, every text escaped (the evidence quotes the RST's text).
    const QString section = html.mid(resets, environment - resets);
    QVERIFY(section.contains(QLatin1String("Resets seen on this computer")));
    QVERIFY(section.contains(QLatin1String("<td>curl</td><td>198.51.100.7</td><td>2</td>")));
    QVERIFY(section.contains(ResetWording::senderText(Vocabulary::ResetSender::Middlebox, 3).toHtmlEscaped()));
    QVERIFY(section.contains(QLatin1String("&quot;Blocked, see https://files.corp-example.test/policy&quot;")));
    QCOMPARE(section.count(QLatin1String("<tr>")), 1 + 6 + 1 + 7); // header and six rows, header and seven resets
}

void tst_ReportExport::pdfHasTheSummaryAndRenders()
{
    const QString path = exportTo(QStringLiteral("report.pdf"), m_report);
    const QString text = textOf(path).simplified();
    QVERIFY2(text.contains(m_report.headline.simplified()), qPrintable(text.left(600)));
    QVERIFY(text.contains(m_report.findings.constFirst().title));
    QVERIFY(text.contains(QLatin1String("This computer")));
    QVERIFY(text.contains(QLatin1String("Resets seen on this computer")));
    bool ok = false;
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), path, prefix}, &ok);
    QVERIFY2(ok, "pdftoppm could not render the PDF");
    const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("page*.png")});
    QVERIFY2(pages.size() >= 2, qPrintable(pages.join(QLatin1Char(' '))));
    for (const QString &page : pages)
        QVERIFY(QFileInfo(m_dir.filePath(page)).size() > 1000);
}

void tst_ReportExport::jsonValidatesAgainstTheSchema()
{
    const QString path = exportTo(QStringLiteral("report.json"), m_report);
    bool ok = false;
    run(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import json, sys, jsonschema\n"
                        "schema = json.load(open(sys.argv[1]))\n"
                        "jsonschema.Draft202012Validator.check_schema(schema)\n"
                        "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n"),
         QStringLiteral(CDOC_SOURCE_DIR "/docs/report-schema.json"), path},
        &ok);
    QVERIFY2(ok, "the JSON report does not validate against docs/report-schema.json");
}

void tst_ReportExport::jsonSchemaCatchesABrokenReport_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("broken");
    QTest::newRow("an outcome it does not know") << "\"outcome\": \"reset\"" << "\"outcome\": \"exploded\"";
    QTest::newRow("a reset sender it does not know") << "\"sender\": \"middlebox\"" << "\"sender\": \"router\"";
    QTest::newRow("a TCP state it does not know") << "\"tcp_state\": \"established\"" << "\"tcp_state\": \"dancing\"";
    QTest::newRow("a watch source it does not know") << "\"source\": \"kernel-events\"" << "\"source\": \"crystal-ball\"";
    QTest::newRow("a reset without its remote end") << "\"remote\": \"" << "\"remote_end\": \"";
}

void tst_ReportExport::jsonSchemaCatchesABrokenReport()
{
    // The validation above means something only if it can fail.
    QFETCH(QString, written);
    QFETCH(QString, broken);
    QString json = textOf(exportTo(QStringLiteral("broken.json"), m_report));
    QVERIFY(json.contains(written));
    json.replace(written, broken);
    QFile file(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json.toUtf8());
    file.close();
    bool ok = true;
    run(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import json, sys, jsonschema\n"
                        "jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))\n"),
         QStringLiteral(CDOC_SOURCE_DIR "/docs/report-schema.json"), file.fileName()},
        &ok);
    QVERIFY(!ok);
}

void tst_ReportExport::csvParses()
{
    const QString path = exportTo(QStringLiteral("timeline.csv"), m_report);
    bool ok = false;
    const QByteArray out = run(QStringLiteral("/usr/bin/python3"),
                               {QStringLiteral("-c"),
                                QStringLiteral("import csv, sys\n"
                                               "rows = list(csv.DictReader(open(sys.argv[1], newline='')))\n"
                                               "assert all(len(r) == int(sys.argv[2]) for r in rows)\n"
                                               "print(len(rows), sum(int(r['reset']) for r in rows), sum(int(r['ok']) for r in rows))\n"),
                                path, QString::number(1 + Vocabulary::allOutcomes().size())},
                               &ok);
    QVERIFY(ok);
    QCOMPARE(out.trimmed(), QByteArray("120 12 480"));
}

void tst_ReportExport::resetLogCsvParses()
{
    // The sample's resets, and one whose program name tries every trick a
    // CSV can be caught by: a comma, a quote, a line break, a formula.
    Report report = m_report;
    ResetEvent crafted = report.resetEvents.constLast();
    crafted.program = QStringLiteral("=HYPERLINK(\"x\",\"a,b\")\nnext");
    report.resetEvents << crafted;
    const QString path = writeResetCsv(QStringLiteral("resets.csv"), report, {});
    bool ok = false;
    const QByteArray out = run(QStringLiteral("/usr/bin/python3"),
                               {QStringLiteral("-c"),
                                QStringLiteral("import csv, sys\n"
                                               "reader = csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), strict=True)\n"
                                               "header = next(reader)\n"
                                               "assert header == ['at','direction','program','pid','local','remote','tcp_state',"
                                               "'sender','sender_hops','server_hops','idle_ms','evidence','kernel_reason',"
                                               "'remote_name','remote_name_from'], header\n"
                                               "rows = [dict(zip(header, r)) for r in reader if len(r) == 15 or sys.exit('a short row')]\n"
                                               "print(len(rows))\n"
                                               "print(' '.join(r['sender'] for r in rows))\n"
                                               "print(rows[0]['evidence'].count(chr(10)) + 1, rows[0]['sender_hops'], rows[0]['idle_ms'])\n"
                                               "print(repr(rows[5]['program']), repr(rows[5]['pid']), rows[5]['remote'])\n"
                                               "print(rows[-1]['program'] == sys.argv[2])\n"),
                                path, QLatin1Char('\'') + crafted.program},
                               &ok);
    QVERIFY(ok);
    QCOMPARE(out.split('\n').mid(0, 5),
             QList<QByteArray>({"8", "middlebox middlebox middlebox local server unknown unknown unknown", "2 3 30000",
                                "'' '' [2001:db8:aaaa::5]:443", "True"}));
}

void tst_ReportExport::resetSectionOnlyWhenTheWatchRan()
{
    Report report = m_report;
    report.resetWatch = ResetWatchInfo{};
    report.resetEvents.clear();
    const QString heading = ReportTextWriter::tr("Resets seen on this computer");
    QVERIFY(!ReportTextWriter::document(report).contains(heading.toUpper()));
    QVERIFY(!textOf(exportTo(QStringLiteral("unwatched.html"), report)).contains(QLatin1String("id=\"resets\"")));
    // Watched, but nothing was cut off: the section says so, with no tables.
    report.resetWatch.ran = true;
    const QString text = ReportTextWriter::document(report);
    QVERIFY(text.contains(heading.toUpper()));
    QVERIFY(text.contains(ReportWording::resetWatchSummary(report)));
    QVERIFY(!text.contains(ReportWording::resetTableHeader().constFirst() + QLatin1String("  ")));
}

void tst_ReportExport::textReadsInTheDocumentedOrder()
{
    const QString text = textOf(exportTo(QStringLiteral("report.txt"), m_report));
    QStringList order{m_report.headline, m_report.findings.constFirst().evidence.constFirst(),
                      m_report.checks.constFirst().summary, QStringLiteral("198.51.100.7"),
                      QStringLiteral("Watched for 2.0 minutes"), ReportTextWriter::tr("Resets seen on this computer").toUpper(),
                      ReportWording::resetWatchSummary(m_report),
                      QStringLiteral("curl (process 4242)"), QStringLiteral("192.168.1.20:50412 → 198.51.100.7:8443"),
                      QStringLiteral("Debian GNU/Linux 12")};
    qsizetype at = 0;
    for (const QString &part : order) {
        const qsizetype found = text.indexOf(part, at);
        QVERIFY2(found >= 0, qPrintable(part));
        at = found;
    }
}

void tst_ReportExport::jsonRoundTrips()
{
    Report back;
    QString error;
    QVERIFY2(ReportJsonReader::readFile(exportTo(QStringLiteral("round.json"), m_report), &back, &error), qPrintable(error));
    QCOMPARE(back.id, m_report.id);
    QCOMPARE(back.target, m_report.target);
    QCOMPARE(back.startedAt, m_report.startedAt);
    QCOMPARE(back.headline, m_report.headline);
    QCOMPARE(back.findings.size(), m_report.findings.size());
    for (qsizetype i = 0; i < back.findings.size(); ++i) {
        QCOMPARE(back.findings.at(i).id, m_report.findings.at(i).id);
        QCOMPARE(back.findings.at(i).title, m_report.findings.at(i).title);
        QCOMPARE(back.findings.at(i).evidence, m_report.findings.at(i).evidence);
        QCOMPARE(back.findings.at(i).adminSteps, m_report.findings.at(i).adminSteps);
    }
    QCOMPARE(back.checks.size(), m_report.checks.size());
    QCOMPARE(back.checks.at(2).resetOrigin, m_report.checks.at(2).resetOrigin);
    QCOMPARE(back.probes.size(), m_report.probes.size());
    QCOMPARE(back.probes.at(1).httpStatus, 200);
    QCOMPARE(back.timeline.buckets().size(), m_report.timeline.buckets().size());
    for (Vocabulary::Outcome o : Vocabulary::allOutcomes())
        QCOMPARE(back.timeline.total(o), m_report.timeline.total(o));
    QCOMPARE(back.events.size(), 2);
    QCOMPARE(back.events.at(1).subject, m_report.events.at(1).subject);
    QCOMPARE(back.environment.interfaces.size(), 3);
    QCOMPARE(back.environment.interfaces.at(2).vpn, true);
    QCOMPARE(back.environment.dnsServers, m_report.environment.dnsServers);
    QCOMPARE(back.probes.at(0).localPort, m_report.probes.at(0).localPort);
    QCOMPARE(back.probes.at(0).peerPort, m_report.probes.at(0).peerPort);
    QCOMPARE(back.probes.at(0).resetSender, Vocabulary::ResetSender::Middlebox);
    QCOMPARE(back.probes.at(0).resetSenderHops, 3);
    QVERIFY(back.resetWatch.ran);
    QCOMPARE(back.resetWatch.source, m_report.resetWatch.source);
    QCOMPARE(back.resetWatch.whyNot, m_report.resetWatch.whyNot);
    QCOMPARE(back.resetWatch.lostEvents, m_report.resetWatch.lostEvents);
    QCOMPARE(back.resetEvents.size(), m_report.resetEvents.size());
    for (qsizetype i = 0; i < back.resetEvents.size(); ++i) {
        const ResetEvent &a = back.resetEvents.at(i);
        const ResetEvent &b = m_report.resetEvents.at(i);
        QCOMPARE(a.atMs, b.atMs);
        QCOMPARE(a.direction, b.direction);
        QCOMPARE(a.local, b.local);
        QCOMPARE(a.remote, b.remote);
        QCOMPARE(a.tcpState, b.tcpState);
        QCOMPARE(a.program, b.program);
        QCOMPARE(a.pid, b.pid);
        QCOMPARE(a.exe, b.exe);
        QCOMPARE(a.owner, b.owner);
        QCOMPARE(a.sender, b.sender);
        QCOMPARE(a.senderHops, b.senderHops);
        QCOMPARE(a.serverHops, b.serverHops);
        QCOMPARE(a.kernelReason, b.kernelReason);
        QCOMPARE(a.idleMs, b.idleMs);
        QCOMPARE(a.evidence, b.evidence);
    }
    QCOMPARE(back.systemResets.bucketMs(), m_report.systemResets.bucketMs());
    QCOMPARE(back.systemResets.total(Vocabulary::Outcome::Reset), m_report.systemResets.total(Vocabulary::Outcome::Reset));
}

void tst_ReportExport::redactionLeaksNothing_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"hidden.html", "hidden.pdf", "hidden.json", "hidden.txt", "hidden.csv", "hidden-resets.csv"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_ReportExport::redactionLeaksNothing()
{
    QFETCH(QString, file);
    QString path = m_dir.filePath(file);
    QString error;
    // The reset log's CSV is written on its own (--watch-resets --csv), from the same redacted report.
    if (file == QLatin1String("hidden-resets.csv"))
        path = writeResetCsv(file, m_report, Redactor::All);
    else
        QVERIFY2(ReportExporter::exportTo(m_report, path, Redactor::All, &error), qPrintable(error));
    QString text = textOf(path);
    QVERIFY(!text.isEmpty());
    // JSON escapes backslashes; read it the way a person would see it.
    if (file.endsWith(QLatin1String(".json")))
        text.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    // pdftotext may break a long value across lines; join them back.
    const QString joined = QString(text).remove(QLatin1Char('\n'));
    for (Redactor::Category c : Redactor::allCategories()) {
        for (const QString &secret : SampleReport::secrets(c)) {
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
            QVERIFY2(!joined.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        }
    }
    for (const QString &fragment : SampleReport::fragments())
        QVERIFY2(!text.contains(fragment, Qt::CaseInsensitive), qPrintable(fragment));
    if (!file.endsWith(QLatin1String(".csv")))
        QVERIFY(text.contains(QLatin1String("[host-1]")));
}

void tst_ReportExport::unknownExtensionIsRefused()
{
    QString error;
    QVERIFY(!ReportExporter::write(m_report, m_dir.filePath(QStringLiteral("report.docx")), &error));
    QVERIFY2(error.contains(QLatin1String(".pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("report.docx"))));
}

void tst_ReportExport::unwritablePathIsAnError()
{
    for (const char *name : {"report.html", "report.pdf"}) {
        QString error;
        QVERIFY(!ReportExporter::write(m_report, m_dir.filePath(QStringLiteral("missing/folder/") + QLatin1String(name)), &error));
        QVERIFY2(error.contains(QLatin1String(name)), qPrintable(error));
    }
}

QTEST_MAIN(tst_ReportExport)
#include "tst_reportexport.moc"
