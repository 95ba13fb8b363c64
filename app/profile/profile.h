#ifndef CDOC_PROFILE_H
#define CDOC_PROFILE_H

#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

// What a helpdesk preconfigures for a user, sent as a small JSON file
// (*.cdprofile; see docs/profiles.md): the service to test, which checks
// and experiments to run, time budgets, reference endpoints, a message for
// the Welcome page and where to send the report.
struct Profile
{
    static constexpr const char *Schema = "connection-doctor/profile/1";

    QString name;                  // what the helpdesk calls it
    QString target;                // as typed; parses with Target::parse
    // Check ids to run; unset means every one. Experiments are check ids
    // too ("experiments.idle-timeout").
    std::optional<QSet<QString>> checks;
    std::optional<int> budgetSeconds; // the deeper tests' budget
    std::optional<int> probeTimeoutMs;
    QStringList endpointOverrides; // "key=value", as --endpoint takes them
    QString message;               // shown on the Welcome page
    QString sendReportTo;          // an email address or a web address
    // The report carries the target's server's resets from the background
    // watch's log (the Results page's check box starts so); unset: off.
    std::optional<bool> includeResetHistory;

    bool runs(const QString &checkId) const { return !checks || checks->contains(checkId); }
};

#endif // CDOC_PROFILE_H
