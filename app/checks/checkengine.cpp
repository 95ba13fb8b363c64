#include "checkengine.h"

#include "checkrunner.h"
#include "probe/metatypes.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaEnum>
#include <QtNetwork/QNetworkInformation>

CheckEngine::CheckEngine(QObject *parent)
    : QObject(parent)
    , m_runner((registerCoreMetaTypes(), new CheckRunner))
    , m_workerThread(m_runner, QStringLiteral("CheckWorker"))
{
    connect(m_runner, &CheckRunner::checkFinished, this, [this](const CheckResult &result) {
        if (m_running && m_runsPending == 1)
            Q_EMIT checkFinished(result);
    }, Qt::QueuedConnection);
    connect(m_runner, &CheckRunner::checkProgress, this, [this](const QString &id, double fraction) {
        if (m_running && m_runsPending == 1)
            Q_EMIT checkProgress(id, fraction);
    }, Qt::QueuedConnection);
    connect(m_runner, &CheckRunner::runFinished, this, [this](bool cancelled) {
        if (--m_runsPending > 0 || !m_running)
            return;
        m_running = false;
        Q_EMIT finished(cancelled);
    }, Qt::QueuedConnection);
}

CheckEngine::~CheckEngine() = default;

void CheckEngine::start(const QStringList &groups, CheckContext context)
{
    if (m_running)
        cancel();
    if (!context.osVerdict.available && context.osVerdict.why.isEmpty()
        && groups.contains(QLatin1String("connectivity"))) {
        context.osVerdict = readOsVerdict();
    }
    m_running = true;
    ++m_runsPending;
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, groups, context] { runner->run(groups, context); },
                              Qt::QueuedConnection);
}

void CheckEngine::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(m_runner, &CheckRunner::cancel, Qt::QueuedConnection);
    Q_EMIT finished(true);
}

OsNetworkVerdict CheckEngine::readOsVerdict()
{
    OsNetworkVerdict verdict;
    // Without a running NetworkManager (or the platform's equivalent) no
    // backend loads: a normal state of affairs, reported as a skip.
    if (!QNetworkInformation::loadDefaultBackend() || !QNetworkInformation::instance()) {
        const QStringList available = QNetworkInformation::availableBackends();
        verdict.why = available.isEmpty()
            ? QStringLiteral("no network information backend is installed")
            : QStringLiteral("no network information backend could start (available: %1)").arg(available.join(QLatin1String(", ")));
        return verdict;
    }
    const QNetworkInformation *info = QNetworkInformation::instance();
    verdict.available = true;
    verdict.backend = info->backendName();
    switch (info->reachability()) {
    case QNetworkInformation::Reachability::Online: verdict.reachability = QStringLiteral("online"); break;
    case QNetworkInformation::Reachability::Site: verdict.reachability = QStringLiteral("site"); break;
    case QNetworkInformation::Reachability::Local: verdict.reachability = QStringLiteral("local"); break;
    case QNetworkInformation::Reachability::Disconnected: verdict.reachability = QStringLiteral("disconnected"); break;
    case QNetworkInformation::Reachability::Unknown: verdict.reachability = QStringLiteral("unknown"); break;
    }
    if (info->supports(QNetworkInformation::Feature::CaptivePortal))
        verdict.behindCaptivePortal = info->isBehindCaptivePortal();
    verdict.transport = QString::fromLatin1(QMetaEnum::fromType<QNetworkInformation::TransportMedium>()
                                                .valueToKey(int(info->transportMedium()))).toLower();
    return verdict;
}
