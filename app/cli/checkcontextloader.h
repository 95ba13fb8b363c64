#ifndef CDOC_CHECKCONTEXTLOADER_H
#define CDOC_CHECKCONTEXTLOADER_H

#include "checks/checkcontext.h"
#include "commandline.h"
#include "lab/faultlab.h"
#include "profile/profile.h"

#include <QtCore/QCoreApplication>

#include <optional>

// Builds the checks' context from the command line, the environment and
// the settings file, in rising order of precedence: settings, environment,
// command line (see docs/endpoints.md).
class CheckContextLoader
{
    Q_DECLARE_TR_FUNCTIONS(CheckContextLoader)

public:
    // A helpdesk's profile, when given, comes between the environment and
    // the command line: its endpoints, budgets and choice of checks.
    static bool load(const CliOptions &options, const std::optional<Target> &target,
                     CheckContext *context, QString *error, const Profile *profile = nullptr);
    // Points every endpoint at the fault lab, so a demo contacts nothing
    // beyond this computer.
    static void useLab(const FaultLab &lab, CheckContext *context);
};

#endif // CDOC_CHECKCONTEXTLOADER_H
