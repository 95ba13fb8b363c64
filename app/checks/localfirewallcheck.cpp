#include "localfirewallcheck.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>

#if defined(Q_OS_UNIX)
#  include <unistd.h>
#endif

namespace {

QByteArray readSmallFile(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.read(256 * 1024) : QByteArray();
}

} // namespace

void LocalFirewallCheck::run()
{
    const SystemFiles &files = context().files;
#if defined(Q_OS_LINUX)
    bool ok = false;
    const QByteArray ufw = readSmallFile(files.ufwConf, &ok);
    if (ok) {
        const bool enabled = QRegularExpression(QStringLiteral("^\\s*ENABLED\\s*=\\s*yes"),
                                                QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption)
                                 .match(QString::fromUtf8(ufw)).hasMatch();
        m_details << QStringLiteral("ufw: %1").arg(enabled ? QStringLiteral("enabled") : QStringLiteral("installed, disabled"));
        if (enabled)
            m_active << QStringLiteral("ufw");
    }
    const QByteArray pid = readSmallFile(files.firewalldPid, &ok).trimmed();
    if (ok && !pid.isEmpty() && QDir(QStringLiteral("/proc/") + QString::fromLatin1(pid)).exists()) {
        m_details << QStringLiteral("firewalld: running (pid %1)").arg(QString::fromLatin1(pid));
        m_active << QStringLiteral("firewalld");
    }
    const QByteArray modules = readSmallFile(files.modules, &ok);
    if (ok) {
        QStringList loaded;
        for (const char *m : {"nf_tables", "ip_tables", "iptable_filter", "ip6_tables", "nft_reject"}) {
            if (QRegularExpression(QStringLiteral("^%1 ").arg(QLatin1String(m)), QRegularExpression::MultilineOption)
                    .match(QString::fromLatin1(modules)).hasMatch())
                loaded << QLatin1String(m);
        }
        m_details << QStringLiteral("packet filter modules loaded: %1")
                         .arg(loaded.isEmpty() ? QStringLiteral("none") : loaded.join(QLatin1String(", ")));
    } else {
        m_details << QStringLiteral("%1 could not be read").arg(files.modules);
    }
    readNftables();
#elif defined(Q_OS_WIN)
    Q_UNUSED(files);
    // Defender Firewall keeps one switch per profile.
    const QString base = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy\\");
    int readable = 0;
    for (const char *profile : {"DomainProfile", "StandardProfile", "PublicProfile"}) {
        QSettings key(base + QLatin1String(profile), QSettings::NativeFormat);
        if (!key.contains(QStringLiteral("EnableFirewall"))) {
            m_details << QStringLiteral("Defender Firewall %1: not readable").arg(QLatin1String(profile));
            continue;
        }
        ++readable;
        const bool enabled = key.value(QStringLiteral("EnableFirewall")).toInt() != 0;
        m_details << QStringLiteral("Defender Firewall %1: %2").arg(QLatin1String(profile), enabled ? QStringLiteral("on") : QStringLiteral("off"));
        if (enabled && !m_active.contains(QStringLiteral("Windows Defender Firewall")))
            m_active << QStringLiteral("Windows Defender Firewall");
    }
    // A switch that is not there is not "off": say it was not read.
    m_stateUnknown = readable == 0;
    conclude();
#elif defined(Q_OS_MACOS)
    Q_UNUSED(files);
    // globalstate: 0 off, 1 on for specific services, 2 essential only.
    QSettings alf(QStringLiteral("/Library/Preferences/com.apple.alf.plist"), QSettings::NativeFormat);
    const int state = alf.value(QStringLiteral("globalstate"), -1).toInt();
    m_details << QStringLiteral("application firewall globalstate %1").arg(state);
    if (state > 0)
        m_active << QStringLiteral("macOS application firewall");
    conclude();
#else
    Q_UNUSED(files);
    conclude();
#endif
}

void LocalFirewallCheck::readNftables()
{
#if defined(Q_OS_UNIX)
    const QString nft = QStandardPaths::findExecutable(QStringLiteral("nft"));
    if (nft.isEmpty() || ::geteuid() != 0) {
        m_details << QStringLiteral("nftables rules: not readable without administrator rights");
        conclude();
        return;
    }
    m_nft = new QProcess(this);
    m_nftDeadline.setSingleShot(true);
    connect(&m_nftDeadline, &QTimer::timeout, this, [this] {
        m_nft->kill();
        m_details << QStringLiteral("nftables rules: nft did not answer in time");
    });
    connect(m_nft, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_nftDeadline.stop();
        if (status == QProcess::NormalExit && exitCode == 0) {
            const QString rules = QString::fromUtf8(m_nft->readAllStandardOutput().left(1024 * 1024));
            m_blockingRules = int(rules.count(QRegularExpression(QStringLiteral("\\b(reject|drop)\\b"))));
            const int chains = int(rules.count(QRegularExpression(QStringLiteral("\\bchain\\b"))));
            m_details << QStringLiteral("nftables: %1 chains, %2 reject or drop rules").arg(chains).arg(m_blockingRules);
            if (m_blockingRules > 0)
                m_active << QStringLiteral("nftables");
        } else {
            m_details << QStringLiteral("nftables rules: nft failed");
        }
        conclude();
    });
    connect(m_nft, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_details << QStringLiteral("nftables rules: nft could not start");
            conclude();
        }
    });
    m_nftDeadline.start(context().probeTimeoutMs);
    m_nft->start(nft, {QStringLiteral("list"), QStringLiteral("ruleset")});
#else
    conclude();
#endif
}

void LocalFirewallCheck::conclude()
{
    if (isFinished())
        return;
    CheckResult r;
    if (m_active.isEmpty() && m_stateUnknown) {
        r = result(Vocabulary::CheckStatus::Skip,
                   tr("The firewall's settings could not be read on this computer, so whether it filters "
                      "connections is not known."),
                   m_details);
    } else if (m_active.isEmpty()) {
        r = result(Vocabulary::CheckStatus::Pass, tr("No firewall on this computer seems to be filtering connections."),
                   m_details);
    } else {
        r = result(Vocabulary::CheckStatus::Warn,
                   tr("A firewall is switched on on this computer (%1); it could be what blocks or cuts connections.")
                       .arg(m_active.join(QLatin1String(", "))),
                   m_details);
    }
    r.data.insert(QStringLiteral("active"), QJsonArray::fromStringList(m_active));
    r.data.insert(QStringLiteral("blocking_rules"), m_blockingRules);
    finish(r);
}

void LocalFirewallCheck::cancel()
{
    Check::cancel();
    m_nftDeadline.stop();
    stopNft();
}

LocalFirewallCheck::~LocalFirewallCheck()
{
    stopNft();
}

void LocalFirewallCheck::stopNft()
{
    if (!m_nft || m_nft->state() == QProcess::NotRunning)
        return; // deleted with this check
    // Killed and left to delete itself once it has ended: waiting for it
    // here would block whoever cancels (the wizard), and deleting it with
    // this check while it still runs makes QProcess wait instead.
    m_nft->disconnect(this);
    m_nft->setParent(nullptr);
    connect(m_nft, &QProcess::finished, m_nft, &QObject::deleteLater);
    m_nft->kill();
    m_nft = nullptr;
}
