#include "tcpcounterscheck.h"

#include <QtCore/QJsonArray>

void TcpCountersCheck::run()
{
    connect(&m_timer, &QTimer::timeout, this, &TcpCountersCheck::sample);
    sample();
    if (!isFinished())
        m_timer.start(context().counterIntervalMs);
}

void TcpCountersCheck::sample()
{
    TcpCounterSnapshot snapshot;
    QString error;
    if (!TcpCounters::readSystem(context().files, &snapshot, &error)) {
        m_timer.stop();
        if (m_samples.isEmpty()) {
            finish(result(Vocabulary::CheckStatus::Skip,
                          tr("This computer's connection statistics could not be read, so this step was skipped."), {error}));
        } else {
            // The file vanished mid-way: keep what was read.
            CheckResult r = summarise();
            r.details << error;
            finish(r);
        }
        return;
    }
    m_samples.append(snapshot);
    if (m_samples.size() >= qMax(2, context().counterSamples)) {
        m_timer.stop();
        finish(summarise());
    }
}

CheckResult TcpCountersCheck::summarise() const
{
    const TcpCounterSnapshot &first = m_samples.constFirst();
    const TcpCounterSnapshot &last = m_samples.constLast();
    auto delta = [&](const QString &name) {
        const qint64 a = first.value(name), b = last.value(name);
        return a >= 0 && b >= 0 ? b - a : -1;
    };
    QStringList details;
    QJsonObject totals;
    QJsonObject deltas;
    for (const QString &name : TcpCounters::names()) {
        if (last.value(name) < 0)
            continue;
        details << QStringLiteral("%1: %2 (+%3)").arg(name).arg(last.value(name)).arg(delta(name));
        totals.insert(name, last.value(name));
        deltas.insert(name, delta(name));
    }
    QJsonArray samples;
    for (const TcpCounterSnapshot &s : m_samples) {
        QJsonObject sample{{QStringLiteral("at"), s.takenAt.toString(Qt::ISODateWithMs)}};
        for (const QString &name : TcpCounters::names()) {
            if (s.value(name) >= 0)
                sample.insert(name, s.value(name));
        }
        samples.append(sample);
    }
    const double seconds = first.takenAt.msecsTo(last.takenAt) / 1000.0;
    const qint64 resets = delta(QStringLiteral("Tcp.EstabResets"));
    CheckResult r = resets > 0
        ? result(Vocabulary::CheckStatus::Warn,
                 tr("Connections on this computer were reset while we watched: %1 in %n second(s).", nullptr, qRound(seconds)).arg(resets),
                 details)
        : result(Vocabulary::CheckStatus::Pass,
                 tr("No connection on this computer was reset while we watched (%n second(s)).", nullptr, qRound(seconds)),
                 details);
    r.data.insert(QStringLiteral("totals"), totals);
    r.data.insert(QStringLiteral("deltas"), deltas);
    r.data.insert(QStringLiteral("samples"), samples);
    return r;
}

CheckResult TcpCountersCheck::resultSoFar() const
{
    if (m_samples.size() < 2)
        return Check::resultSoFar();
    return summarise();
}

void TcpCountersCheck::cancel()
{
    Check::cancel();
    m_timer.stop();
}
