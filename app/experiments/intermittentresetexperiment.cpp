#include "intermittentresetexperiment.h"

#include <QtCore/QJsonArray>

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;

IntermittentResetExperiment::Pattern IntermittentResetExperiment::classify(const QList<double> &rates)
{
    if (rates.isEmpty() || *std::max_element(rates.cbegin(), rates.cend()) == 0)
        return Pattern::None;
    // Growth: the crowded level resets clearly more than the lone one.
    if (rates.size() >= 2 && rates.constLast() - rates.constFirst() >= 0.2
        && rates.constLast() >= 2 * rates.constFirst())
        return Pattern::GrowsWithLoad;
    return Pattern::Random;
}

void IntermittentResetExperiment::run()
{
    if (!context().target) {
        finish(result(CheckStatus::Skip, tr("No service was given, so repeated connections were not tested.")));
        return;
    }
    runLevel();
}

void IntermittentResetExperiment::runLevel()
{
    const int concurrency = levels().at(m_level);
    ProbeSpec s = spec(Vocabulary::ProbeKind::Exchange, *context().target);
    runProbes(QList<ProbeSpec>(ProbesPerLevel, s), ProbeSchedule{concurrency, 0});
}

void IntermittentResetExperiment::probesFinished(const QList<ProbeResult> &results)
{
    int resets = 0, ok = 0;
    for (const ProbeResult &r : results) {
        resets += r.outcome == Outcome::Reset;
        ok += r.isOk();
    }
    const double rate = results.isEmpty() ? 0 : double(resets) / results.size();
    m_rates << rate;
    m_details << QStringLiteral("%1 at a time: %2 of %3 reset, %4 ok")
                     .arg(levels().at(m_level)).arg(resets).arg(results.size()).arg(ok);
    ++m_level;
    Q_EMIT progressChanged(double(m_level) / levels().size());
    if (m_level < levels().size())
        runLevel();
    else
        finish(resultSoFar());
}

CheckResult IntermittentResetExperiment::resultSoFar() const
{
    if (m_rates.isEmpty())
        return ProbingCheck::resultSoFar();
    QJsonArray levelsJson;
    for (qsizetype i = 0; i < m_rates.size(); ++i)
        levelsJson.append(QJsonObject{{QStringLiteral("concurrency"), levels().at(i)}, {QStringLiteral("reset_rate"), m_rates.at(i)}});
    const Pattern pattern = classify(m_rates);
    CheckResult r;
    switch (pattern) {
    case Pattern::None:
        r = result(CheckStatus::Pass, tr("Repeated connections were never cut off, even many at once."), m_details);
        break;
    case Pattern::GrowsWithLoad:
        r = result(CheckStatus::Fail,
                   tr("Connections are cut off more often the more of them there are at once (%1% alone, %2% with %3 at a time).")
                       .arg(qRound(m_rates.constFirst() * 100)).arg(qRound(m_rates.constLast() * 100)).arg(levels().at(m_rates.size() - 1)),
                   m_details);
        break;
    case Pattern::Random:
        r = result(CheckStatus::Fail,
                   tr("Some connections are cut off at random, however many there are at once."), m_details);
        break;
    }
    r.data.insert(QStringLiteral("levels"), levelsJson);
    r.data.insert(QStringLiteral("pattern"), pattern == Pattern::None ? QStringLiteral("none")
                                             : pattern == Pattern::GrowsWithLoad ? QStringLiteral("grows-with-load")
                                                                                 : QStringLiteral("random"));
    return r;
}
