// Outcomes that loopback alone cannot produce, inside a network namespace
// the test creates: a name that does not resolve, a route that goes
// nowhere. Nothing leaves the namespace: its resolver points at a local
// port nobody serves, and its only routes are its own.

#include "testnamespace.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

class tst_NetnsOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outcomeInsideTheNamespace_data();
    void outcomeInsideTheNamespace();

private:
    TestNamespace m_namespace;
    QString m_executable;
    QTemporaryDir m_dir;
};

void tst_NetnsOutcomes::initTestCase()
{
    m_executable = qEnvironmentVariable("CDOC_EXECUTABLE");
    QVERIFY(QFile::exists(m_executable));
    QString whyNot;
    if (!m_namespace.create(&whyNot))
        QSKIP(qPrintable(whyNot));
    // A route of type "unreachable": connect() fails at once with
    // EHOSTUNREACH, no packet is sent anywhere.
    QVERIFY(m_namespace.ip({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("unreachable"),
                            QStringLiteral("10.66.0.0/16")}));
}

void tst_NetnsOutcomes::outcomeInsideTheNamespace_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("phase");
    QTest::newRow("a name that does not resolve") << "no-such-host.cdoc-test.invalid:80" << "dns_failure" << "dns";
    QTest::newRow("an unreachable route") << "10.66.0.1:80" << "unreachable" << "connect";
    QTest::newRow("no route at all") << "[fd00:66::1]:80" << "unreachable" << "connect";
}

void tst_NetnsOutcomes::outcomeInsideTheNamespace()
{
    QFETCH(QString, target);
    const QString json = m_dir.filePath(QStringLiteral("report.json"));
    QFile::remove(json);
    QByteArray output;
    const int exitCode = m_namespace.exec({m_executable, QStringLiteral("--headless"), QStringLiteral("--target"), target,
                                           QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--timeout"),
                                           QStringLiteral("5000"), QStringLiteral("--json"), json},
                                          &output);
    QVERIFY2(exitCode == 1, output.constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject probe = QJsonDocument::fromJson(file.readAll())
                                  .object().value(QLatin1String("probes")).toArray().at(0).toObject();
    QTEST(probe.value(QLatin1String("outcome")).toString(), "outcome");
    QTEST(probe.value(QLatin1String("phase")).toString(), "phase");
    QVERIFY(!probe.value(QLatin1String("detail")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_NetnsOutcomes)
#include "tst_netnsoutcomes.moc"
