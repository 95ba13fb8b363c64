#include "intermittentresetexperiment.h"

#include "statistics/trendtest.h"

#include <QtCore/QJsonArray>
#include <QtCore/QMap>
#include <QtCore/QtMath>

#include <limits>

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;

namespace {

QList<double> levelScores()
{
    // Concurrency grows by factors of four: equal steps on a log scale.
    QList<double> scores;
    for (int level : IntermittentResetExperiment::levels())
        scores << std::log2(double(level));
    return scores;
}


} // namespace

QString IntermittentResetExperiment::endWords(const QString &outcome)
{
    if (outcome == Vocabulary::wireName(Outcome::Reset))
        return tr("cut off");
    if (outcome == Vocabulary::wireName(Outcome::Closed))
        return tr("closed without an answer");
    if (outcome == Vocabulary::wireName(Outcome::Timeout))
        return tr("no answer in time");
    return tr("ended without a normal answer");
}

IntermittentResetExperiment::Verdict IntermittentResetExperiment::classify(const QList<Proportion> &perLevel)
{
    Verdict v;
    Proportion total;
    for (const Proportion &p : perLevel)
        total += p;
    if (total.events == 0)
        return v; // nothing reset: None, decided
    const QList<double> scores = levelScores().mid(0, perLevel.size());
    v.pValue = TrendTest::growthPValue(perLevel, scores);
    const double growth = perLevel.constLast().share() - perLevel.constFirst().share();
    // Each look at the data is a chance to be fooled: every round is held
    // to its share of Alpha (Bonferroni), whether or not all are taken.
    if (perLevel.size() >= 2 && v.pValue < Alpha / MaxRounds && growth >= MaterialGrowth / 2) {
        v.pattern = Pattern::GrowsWithLoad;
        return v;
    }
    v.pattern = Pattern::Random;
    // z for a one-sided 99% bound.
    constexpr double Z99 = 2.326347874040841;
    v.decided = perLevel.size() >= 2
        && TrendTest::growthUpperBound(perLevel.constFirst(), perLevel.constLast(), Z99) < MaterialGrowth;
    return v;
}

IntermittentResetExperiment::Verdict IntermittentResetExperiment::classify(const QList<Proportion> &resets,
                                                                          const QList<Proportion> &abnormal, bool *abnormalGrew)
{
    const Verdict byResets = classify(resets);
    *abnormalGrew = false;
    if (byResets.pattern == Pattern::GrowsWithLoad)
        return byResets;
    const Verdict byAbnormal = classify(abnormal);
    if (byAbnormal.pattern == Pattern::GrowsWithLoad) {
        *abnormalGrew = true;
        return byAbnormal;
    }
    // Flat resets, but other ends that might still grow: not decided yet.
    Verdict v = byResets;
    v.decided = byResets.decided && (byAbnormal.pattern != Pattern::Random || byAbnormal.decided);
    return v;
}

void IntermittentResetExperiment::run()
{
    if (!context().target) {
        finish(result(CheckStatus::Skip, tr("No service was given, so repeated connections were not tested.")));
        return;
    }
    m_resets = QList<Proportion>(levels().size());
    m_abnormal = QList<Proportion>(levels().size());
    m_ends = QList<QMap<QString, int>>(levels().size());
    m_clock.start();
    runLevel();
}

void IntermittentResetExperiment::runLevel()
{
    const int concurrency = levels().at(m_level);
    ProbeSpec s = spec(Vocabulary::ProbeKind::Exchange, *context().target);
    runProbes(QList<ProbeSpec>(ProbesPerLevel, s), ProbeSchedule{concurrency, 0});
}

bool IntermittentResetExperiment::anotherRoundFits() const
{
    return m_round < MaxRounds && m_clock.elapsed() + m_roundMs < context().experimentBudgetMs;
}

void IntermittentResetExperiment::probesFinished(const QList<ProbeResult> &results)
{
    int resets = 0, ok = 0;
    for (const ProbeResult &r : results) {
        resets += r.outcome == Outcome::Reset;
        m_resetsInTls += r.outcome == Outcome::Reset && r.phase == Vocabulary::Phase::Tls;
        ok += r.isOk();
        m_otherEnds += !r.isOk() && r.outcome != Outcome::Reset;
    }
    m_resets[m_level] += Proportion{resets, int(results.size())};
    m_abnormal[m_level] += Proportion{int(results.size()) - ok, int(results.size())};
    QMap<QString, int> others;
    for (const ProbeResult &r : results) {
        if (!r.isOk())
            ++m_ends[m_level][Vocabulary::wireName(r.outcome)];
        if (!r.isOk() && r.outcome != Outcome::Reset)
            ++others[Vocabulary::wireName(r.outcome)];
    }
    QString otherText;
    for (auto it = others.cbegin(); it != others.cend(); ++it)
        otherText += QStringLiteral(", %1 %2").arg(it.value()).arg(it.key());
    m_details << QStringLiteral("round %1, %2 at a time: %3 of %4 reset, %5 ok%6")
                     .arg(m_round + 1).arg(levels().at(m_level)).arg(resets).arg(results.size()).arg(ok).arg(otherText);
    if (++m_level < levels().size()) {
        Q_EMIT progressChanged(double(m_round * levels().size() + m_level) / (MaxRounds * levels().size()));
        runLevel();
        return;
    }
    ++m_round;
    m_level = 0;
    m_roundMs = m_clock.elapsed() / m_round;
    bool abnormalGrew = false;
    const Verdict v = classify(m_resets, m_abnormal, &abnormalGrew);
    if (!v.decided && anotherRoundFits()) {
        Q_EMIT progressChanged(double(m_round) / MaxRounds);
        runLevel();
        return;
    }
    finish(resultSoFar());
}

CheckResult IntermittentResetExperiment::resultSoFar() const
{
    // Only whole rounds: a level cut short would tilt the comparison.
    const qsizetype levelsDone = m_round > 0 ? levels().size() : m_level;
    QList<Proportion> counted, abnormal;
    for (qsizetype i = 0; i < levelsDone; ++i) {
        counted << m_resets.at(i);
        abnormal << m_abnormal.at(i);
    }
    if (counted.isEmpty() || counted.constFirst().trials == 0)
        return ProbingCheck::resultSoFar();

    QJsonArray levelsJson;
    Proportion total;
    for (qsizetype i = 0; i < counted.size(); ++i) {
        const Proportion &p = counted.at(i);
        const Proportion &a = abnormal.at(i);
        total += p;
        QJsonObject ends;
        for (auto it = m_ends.at(i).cbegin(); it != m_ends.at(i).cend(); ++it)
            ends.insert(it.key(), it.value());
        levelsJson.append(QJsonObject{{QStringLiteral("concurrency"), levels().at(i)},
                                      {QStringLiteral("reset_rate"), p.share()},
                                      {QStringLiteral("reset_rate_ci"), p.wilson().toJson()},
                                      {QStringLiteral("resets"), p.events},
                                      {QStringLiteral("abnormal"), a.events},
                                      {QStringLiteral("abnormal_rate"), a.share()},
                                      {QStringLiteral("abnormal_rate_ci"), a.wilson().toJson()},
                                      {QStringLiteral("ends"), ends},
                                      {QStringLiteral("exchanges"), p.trials}});
    }
    bool abnormalGrew = false;
    const Verdict v = classify(counted, abnormal, &abnormalGrew);
    // Which way of ending grew most from alone to the most at once.
    QString grownKind = QStringLiteral("reset");
    if (abnormalGrew) {
        const QMap<QString, int> &first = m_ends.at(0), &last = m_ends.at(counted.size() - 1);
        int most = std::numeric_limits<int>::min();
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            if (it.value() - first.value(it.key()) > most) {
                most = it.value() - first.value(it.key());
                grownKind = it.key();
            }
        }
    }
    const Proportion::Interval ci = total.wilson();
    CheckResult r;
    switch (v.pattern) {
    case Pattern::None:
        // Not cut off is not the same as working: say so when they ended otherwise.
        r = m_otherEnds == 0
            ? result(CheckStatus::Pass,
                     tr("None of %n repeated connection(s) was cut off, even many at once.", nullptr, total.trials), m_details)
            : result(CheckStatus::Warn,
                     tr("None of %n repeated connection(s) was cut off, but not all of them got a normal answer (see the details).",
                        nullptr, total.trials),
                     m_details);
        break;
    case Pattern::GrowsWithLoad: {
        const QList<Proportion> &grown = abnormalGrew ? abnormal : counted;
        const Proportion &first = grown.constFirst(), &last = grown.constLast();
        r = result(CheckStatus::Fail,
                   !abnormalGrew
                       ? tr("Connections are cut off more often the more of them there are at once: %1% alone, %2% with %n at a time.",
                            nullptr, levels().at(counted.size() - 1))
                             .arg(Proportion::percentText(first.share()), Proportion::percentText(last.share()))
                       : tr("Connections fail more often the more of them there are at once (mostly %1): %2% alone, %3% with %n at a time.",
                            nullptr, levels().at(counted.size() - 1))
                             .arg(endWords(grownKind), Proportion::percentText(first.share()), Proportion::percentText(last.share())),
                   m_details);
        break;
    }
    case Pattern::Random:
        r = result(CheckStatus::Fail,
                   total.all() ? tr("Every one of %n connection(s) was cut off, however many there were at once.", nullptr, total.trials)
                   : v.decided
                       ? tr("About %1% of connections are cut off (between %2% and %3%), however many there are at once.")
                             .arg(Proportion::percentText(total.share()), Proportion::percentText(ci.low), Proportion::percentText(ci.high))
                       : tr("About %1% of connections are cut off (between %2% and %3%); whether more are cut off under load could not be told.")
                             .arg(Proportion::percentText(total.share()), Proportion::percentText(ci.low), Proportion::percentText(ci.high)),
                   m_details);
        break;
    }
    if (v.pattern == Pattern::GrowsWithLoad) {
        // What the trend test found growing (resets alone, or every
        // abnormal end), and of the latter which way of ending grew most.
        r.data.insert(QStringLiteral("grown_by"), abnormalGrew ? QStringLiteral("abnormal") : QStringLiteral("resets"));
        r.data.insert(QStringLiteral("grown_kind"), grownKind);
    }
    r.details << QStringLiteral("trend test for growth with load: p = %1").arg(v.pValue, 0, 'g', 3);
    r.data.insert(QStringLiteral("levels"), levelsJson);
    r.data.insert(QStringLiteral("pattern"), v.pattern == Pattern::None ? QStringLiteral("none")
                                             : v.pattern == Pattern::GrowsWithLoad ? QStringLiteral("grows-with-load")
                                                                                   : QStringLiteral("random"));
    r.data.insert(QStringLiteral("decided"), v.decided);
    r.data.insert(QStringLiteral("trend_p"), v.pValue);
    r.data.insert(QStringLiteral("rounds"), qMax(1, m_round));
    r.data.insert(QStringLiteral("resets"), total.events);
    r.data.insert(QStringLiteral("exchanges"), total.trials);
    r.data.insert(QStringLiteral("other_ends"), m_otherEnds);
    r.data.insert(QStringLiteral("reset_share"), total.share());
    r.data.insert(QStringLiteral("reset_share_ci"), ci.toJson());
    // Resets in the secure handshake are a filter's business
    // (experiments.tls-sni), not the server software's.
    r.data.insert(QStringLiteral("resets_in_tls"), m_resetsInTls);
    return r;
}
