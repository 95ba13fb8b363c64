#include "cli/commandline.h"
#include "cli/demotour.h"
#include "cli/checkcontextloader.h"
#include "cli/headlessrun.h"
#include "diagnosis/errorrecognizer.h"
#include "session/diagnosissession.h"
#include "wizard/diagnosiswizard.h"

#include <QtWidgets/QApplication>
#include "lab/faultlab.h"
#include "probe/target.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTextStream>

#include <csignal>
#include <memory>

#if defined(Q_OS_UNIX)
#  include <sys/socket.h>
#  include <unistd.h>
#endif

namespace {

// Starts the fault lab, or says why it could not.
bool startLab(FaultLab &lab)
{
    if (lab.start())
        return true;
    QTextStream(stderr) << QCoreApplication::translate("main", "The fault lab could not start: %1").arg(lab.errorString())
                        << Qt::endl;
    return false;
}

#if defined(Q_OS_UNIX)
int interruptPipe[2] = {-1, -1};

void forwardSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(interruptPipe[1], &byte, 1);
}

// Ctrl+C and SIGTERM reach the event loop as a notifier, so the headless
// run can stop its probes and still write what it measured.
void onInterrupt(QObject *context, const std::function<void()> &handler)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, interruptPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, handler] {
        char byte;
        [[maybe_unused]] const auto n = ::read(interruptPipe[0], &byte, 1);
        notifier->setEnabled(false);
        handler();
    });
    std::signal(SIGINT, forwardSignal);
    std::signal(SIGTERM, forwardSignal);
}
#else
void onInterrupt(QObject *, const std::function<void()> &) { }
#endif

int runLab(QCoreApplication &app, const CliOptions &options)
{
    Lab::Config config;
    if (!options.labAddress.isEmpty())
        config.address = QHostAddress(options.labAddress);
    FaultLab lab(config);
    QTextStream out(stdout);
    if (!startLab(lab))
        return CommandLine::ExitProblemsFound;
    if (!options.quiet) {
        for (Lab::Scenario scenario : Lab::allScenarios()) {
            out << Lab::wireName(scenario) << QLatin1Char(' ') << config.address.toString() << QLatin1Char(':')
                << lab.port(scenario) << Qt::endl;
        }
    }
    onInterrupt(&app, [&app] { app.exit(0); });
    return app.exec();
}

int runGui(int &argc, char **argv, const CliOptions &options)
{
    QApplication app(argc, argv);
    CheckContext context;
    QString error;
    if (!CheckContextLoader::load(options, std::nullopt, &context, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return CommandLine::ExitBadUsage;
    }
    std::unique_ptr<FaultLab> lab;
    QList<QPair<QString, QString>> demoTargets;
    if (options.demo) {
        lab = std::make_unique<FaultLab>();
        if (!startLab(*lab))
            return CommandLine::ExitProblemsFound;
        CheckContextLoader::useLab(*lab, &context);
        for (Lab::Scenario scenario : Lab::allScenarios()) {
            const QString address = scenario == Lab::Scenario::TlsResetOnSni
                ? QStringLiteral("https://localhost:%1/").arg(lab->port(scenario))
                : QStringLiteral("127.0.0.1:%1").arg(lab->port(scenario));
            demoTargets.append({Lab::describe(scenario), address});
        }
    }
    DiagnosisSession session;
    session.setContext(context);
    DiagnosisWizard wizard(&session);
    wizard.setDemoTargets(demoTargets);
    if (options.targetGiven)
        wizard.setTargetText(options.target);
    wizard.show();
    return app.exec();
}

int explain(const QString &text)
{
    QTextStream out(stdout);
    const RecognizedError e = ErrorRecognizer::recognize(text);
    if (!e.recognized) {
        out << QCoreApplication::translate("main", "This message is not one we recognise, so we cannot say for sure what it means. "
                                                   "Run a diagnosis against the service to find out what is happening.")
            << Qt::endl;
        return CommandLine::ExitProblemsFound;
    }
    out << e.title << Qt::endl << Qt::endl << e.explanation << Qt::endl;
    if (!e.runtime.isEmpty())
        out << Qt::endl << QCoreApplication::translate("main", "Reported by: %1").arg(e.runtime) << Qt::endl;
    if (!e.target.isEmpty()) {
        out << QCoreApplication::translate("main", "Server: %1").arg(e.target) << Qt::endl
            << QCoreApplication::translate("main", "To find the cause: connection-doctor --headless --diagnose --target %1").arg(e.target)
            << Qt::endl;
    }
    return CommandLine::ExitAllOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("connection-doctor"));
    QCoreApplication::setOrganizationName(QStringLiteral("Connection Doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CDOC_VERSION));

#if defined(Q_OS_UNIX)
    // A peer's RST can turn a later write into SIGPIPE; we want EPIPE instead.
    std::signal(SIGPIPE, SIG_IGN);
#endif

    // The command line decides which application object to make.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine::Result cli = CommandLine::parse(arguments);
    if (cli.error.isEmpty() && cli.options.mode == CliOptions::Mode::Gui)
        return runGui(argc, argv, cli.options);

    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (!cli.error.isEmpty()) {
        err << cli.error << Qt::endl
            << QCoreApplication::translate("main", "Run connection-doctor --help to see the options.") << Qt::endl;
        return CommandLine::ExitBadUsage;
    }
    const CliOptions &options = cli.options;

    switch (options.mode) {
    case CliOptions::Mode::Help:
        QTextStream(stdout) << cli.helpText;
        return CommandLine::ExitAllOk;
    case CliOptions::Mode::Version:
        QTextStream(stdout) << QCoreApplication::applicationName() << QLatin1Char(' ')
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return CommandLine::ExitAllOk;
    case CliOptions::Mode::Lab:
        return runLab(app, options);
    case CliOptions::Mode::Explain:
        return explain(options.explain);
    case CliOptions::Mode::Gui:
        break; // handled above
    case CliOptions::Mode::Demo: {
        FaultLab lab;
        if (!startLab(lab))
            return CommandLine::ExitProblemsFound;
        DemoTour tour(&lab, options.jsonPath, options.quiet);
        QObject::connect(&tour, &DemoTour::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
        tour.start();
        return app.exec();
    }
    case CliOptions::Mode::Headless:
        break;
    }

    // Headless. With --demo, a scenario name stands for that lab port.
    std::unique_ptr<FaultLab> lab;
    QString targetText = options.target;
    if (options.demo) {
        lab = std::make_unique<FaultLab>();
        if (!startLab(*lab))
            return CommandLine::ExitProblemsFound;
    }
    if (options.demo && options.targetGiven) {
        const auto scenario = Lab::scenarioFromWireName(options.target);
        if (!scenario) {
            err << QCoreApplication::translate("main", "With --demo, --target names a fault lab scenario, such as reset-after-idle.")
                << Qt::endl;
            return CommandLine::ExitBadUsage;
        }
        targetText = QStringLiteral("127.0.0.1:%1").arg(lab->port(*scenario));
    }
    std::optional<Target> target;
    if (options.targetGiven) {
        const Target::ParseResult parsed = Target::parse(targetText);
        if (!parsed.ok()) {
            err << parsed.error << Qt::endl;
            return CommandLine::ExitBadUsage;
        }
        target = parsed.target;
    }
    CheckContext context;
    QString error;
    if (!CheckContextLoader::load(options, target, &context, &error)) {
        err << error << Qt::endl;
        return CommandLine::ExitBadUsage;
    }
    if (lab)
        CheckContextLoader::useLab(*lab, &context);
    HeadlessRun run(options, context);
    QObject::connect(&run, &HeadlessRun::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    onInterrupt(&app, [&run] { run.interrupt(); });
    run.start();
    return app.exec();
}
