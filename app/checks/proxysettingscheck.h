#ifndef CDOC_PROXYSETTINGSCHECK_H
#define CDOC_PROXYSETTINGSCHECK_H

#include "probingcheck.h"

// proxy.settings: which proxy this computer would use for the target, and
// whether an automatic configuration (PAC) script it names can be loaded.
class ProxySettingsCheck : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("proxy.settings"); }

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;

private:
    CheckResult summarise() const;
    QString m_summary;
    QStringList m_details;
    QJsonObject m_data;
    Vocabulary::CheckStatus m_status = Vocabulary::CheckStatus::Pass;
};

#endif // CDOC_PROXYSETTINGSCHECK_H
