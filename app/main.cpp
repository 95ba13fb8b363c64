#include "cli/backgroundwatchcommand.h"
#include "cli/commandline.h"
#include "cli/demotour.h"
#include "cli/checkcontextloader.h"
#include "cli/headlessrun.h"
#include "diagnosis/errorrecognizer.h"
#include "export/reportexporter.h"
#include "i18n/translations.h"
#include "lab/faultlab.h"
#include "probe/target.h"
#include "profile/profilereader.h"
#include "report/reportformat.h"
#include "report/reportjsonreader.h"
#include "report/reporttextwriter.h"
#include "report/reportwindow.h"
#include "resetwatch/backgroundwatchservice.h"
#include "session/diagnosissession.h"
#include "wizard/diagnosiswizard.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtGui/QGuiApplication>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>

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

// The language: --lang, else the one chosen in the app, else the system's.
void useLanguage(Translations &translations, const CliOptions &options)
{
    QString code = options.language;
    if (code.isEmpty())
        code = Translations::savedLanguage();
    if (code.isEmpty())
        code = Translations::systemLanguage();
    translations.use(code);
}

// What every window of the app shares: its desktop file (so Wayland finds
// the icon), the icon itself, and the language.
void setUpWindows(Translations &translations, const CliOptions &options)
{
    QGuiApplication::setDesktopFileName(QStringLiteral(CDOC_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(CDOC_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/" CDOC_APP_ID ".svg"))));
    useLanguage(translations, options);
}

// A file handed over by a file manager (a double-click) is a profile or a
// saved report; which one, its "schema" says.
bool resolveFileArgument(CliOptions *options, QString *error)
{
    if (options->fileArgument.isEmpty())
        return true;
    QFile file(options->fileArgument);
    if (!file.exists()) {
        *error = QCoreApplication::translate("main", "Unexpected argument \"%1\": it is not a file. Give the service with --target.")
                     .arg(options->fileArgument);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("main", "Cannot open %1: %2").arg(options->fileArgument, file.errorString());
        return false;
    }
    const QJsonObject document = QJsonDocument::fromJson(file.read(ProfileReader::MaxFileBytes + 1)).object();
    if (ReportJsonReader::isReport(document) || options->fileArgument.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        options->openPath = options->fileArgument;
        options->mode = CliOptions::Mode::Open;
    } else {
        options->profilePath = options->fileArgument; // read and judged as a profile
    }
    return true;
}

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
    Translations translations;
    setUpWindows(translations, options);
    // A bad profile is refused with a message, and the wizard still opens.
    std::optional<Profile> profile;
    QString profileError;
    if (!options.profilePath.isEmpty()) {
        Profile p;
        if (ProfileReader::readFile(options.profilePath, &p, &profileError))
            profile = p;
    }
    CheckContext context;
    QString error;
    if (!CheckContextLoader::load(options, std::nullopt, &context, &error, profile ? &*profile : nullptr)) {
        QTextStream(stderr) << error << Qt::endl;
        return CommandLine::ExitBadUsage;
    }
    std::unique_ptr<FaultLab> lab;
    QList<QPair<Lab::Scenario, QString>> demoTargets;
    if (options.demo) {
        lab = std::make_unique<FaultLab>();
        if (!startLab(*lab))
            return CommandLine::ExitProblemsFound;
        CheckContextLoader::useLab(*lab, &context);
        for (Lab::Scenario scenario : Lab::allScenarios()) {
            const QString address = scenario == Lab::Scenario::TlsResetOnSni
                ? QStringLiteral("https://localhost:%1/").arg(lab->port(scenario))
                : QStringLiteral("127.0.0.1:%1").arg(lab->port(scenario));
            demoTargets.append({scenario, address});
        }
    }
    DiagnosisSession session;
    session.setContext(context);
    session.setWatchDuringDiagnosis(!options.noWatch);
    if (!options.historyDir.isEmpty())
        session.setHistoryDirectory(options.historyDir);
    DiagnosisWizard wizard(&session);
    wizard.setTranslations(&translations);
    wizard.setDemoTargets(demoTargets);
    if (profile)
        wizard.setProfile(*profile);
    if (options.targetGiven)
        wizard.setTargetText(options.target);
    wizard.show();
    if (!profileError.isEmpty()) {
        QTextStream(stderr) << profileError << Qt::endl;
        QTimer::singleShot(0, &wizard, [&wizard, profileError] {
            QMessageBox::warning(&wizard, DiagnosisWizard::tr("Connection Doctor"), profileError);
        });
    }
    return app.exec();
}

// --open: a saved report as the user saw it, read-only.
int runReportWindow(int &argc, char **argv, const CliOptions &options)
{
    QApplication app(argc, argv);
    Translations translations;
    setUpWindows(translations, options);
    auto *window = new ReportWindow; // deletes itself when closed
    QString error;
    if (!window->openFile(options.openPath, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        delete window;
        return CommandLine::ExitBadUsage;
    }
    window->show();
    return app.exec();
}

// --open with --headless: print the report, or write it in other formats.
int convertReport(const CliOptions &options)
{
    Report report;
    QString error;
    QTextStream err(stderr);
    if (!ReportJsonReader::readFile(options.openPath, &report, &error)) {
        err << error << Qt::endl;
        return CommandLine::ExitBadUsage;
    }
    if (options.reportPaths.isEmpty()) {
        QTextStream(stdout) << ReportTextWriter::document(report);
        return CommandLine::ExitAllOk;
    }
    Redactor::Categories hide;
    Redactor::parseCategories(options.redact, &hide, &error);
    const Report shared = Redactor(hide).redact(report);
    int status = CommandLine::ExitAllOk;
    for (const QString &path : options.reportPaths) {
        if (!ReportExporter::write(shared, path, &error)) {
            err << error << Qt::endl;
            status = CommandLine::ExitProblemsFound;
        } else if (!options.quiet) {
            QTextStream(stdout) << QCoreApplication::translate("main", "Report written to %1").arg(path) << Qt::endl;
        }
    }
    return status;
}

// A PDF report needs fonts, so a GUI application; without a display, the
// offscreen platform serves.
bool needsGuiApplication(const CliOptions &options)
{
    for (const QString &path : options.reportPaths) {
        if (ReportFormat::fromPath(path) == ReportFormat::Pdf)
            return true;
    }
    return false;
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
    CommandLine::Result cli = CommandLine::parse(arguments);
    const bool badUsage = !cli.error.isEmpty();
    QString fileError;
    if (cli.error.isEmpty() && !resolveFileArgument(&cli.options, &fileError))
        cli.error = fileError;
    const CliOptions &options = cli.options;
    if (cli.error.isEmpty() && options.mode == CliOptions::Mode::Gui)
        return runGui(argc, argv, options);
    if (cli.error.isEmpty() && options.mode == CliOptions::Mode::Open && !options.headless)
        return runReportWindow(argc, argv, options);

    const bool gui = cli.error.isEmpty() && needsGuiApplication(options);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> application = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    Translations translations;
    useLanguage(translations, options);
    if (translations.current() != QLatin1String("en")) {
        // Parsed again, so the help and the error messages are in the
        // user's language too.
        CommandLine::Result again = CommandLine::parse(arguments);
        cli.helpText = again.helpText;
        if (badUsage)
            cli.error = again.error;
        else if (!fileError.isEmpty() && !resolveFileArgument(&again.options, &fileError))
            cli.error = fileError;
    }
    QTextStream err(stderr);
    if (!cli.error.isEmpty()) {
        err << cli.error << Qt::endl
            << QCoreApplication::translate("main", "Run connection-doctor --help to see the options.") << Qt::endl;
        return CommandLine::ExitBadUsage;
    }

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
    case CliOptions::Mode::Open:
        return convertReport(options);
    case CliOptions::Mode::BackgroundWatch: {
        BackgroundWatchService service;
        QTextStream out(stdout);
        return BackgroundWatchCommand::run(&service, options.backgroundWatch, out, err);
    }
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

    // Headless. A profile is read first: a bad one is an error here, where
    // nobody would see a message box.
    std::optional<Profile> profile;
    if (!options.profilePath.isEmpty()) {
        Profile p;
        QString error;
        if (!ProfileReader::readFile(options.profilePath, &p, &error)) {
            err << error << Qt::endl;
            return CommandLine::ExitBadUsage;
        }
        profile = p;
    }
    // With --demo, a scenario name stands for that lab port.
    std::unique_ptr<FaultLab> lab;
    QString targetText = options.targetGiven || !profile ? options.target : profile->target;
    const bool targetGiven = options.targetGiven || (profile && !profile->target.isEmpty());
    if (options.demo) {
        lab = std::make_unique<FaultLab>();
        if (!startLab(*lab))
            return CommandLine::ExitProblemsFound;
    }
    if (options.demo && targetGiven) {
        const auto scenario = Lab::scenarioFromWireName(targetText);
        if (!scenario) {
            err << QCoreApplication::translate("main", "With --demo, --target names a fault lab scenario, such as reset-after-idle.")
                << Qt::endl;
            return CommandLine::ExitBadUsage;
        }
        targetText = QStringLiteral("127.0.0.1:%1").arg(lab->port(*scenario));
    }
    std::optional<Target> target;
    if (targetGiven) {
        const Target::ParseResult parsed = Target::parse(targetText);
        if (!parsed.ok()) {
            err << parsed.error << Qt::endl;
            return CommandLine::ExitBadUsage;
        }
        target = parsed.target;
    }
    CheckContext context;
    QString error;
    if (!CheckContextLoader::load(options, target, &context, &error, profile ? &*profile : nullptr)) {
        err << error << Qt::endl;
        return CommandLine::ExitBadUsage;
    }
    if (lab)
        CheckContextLoader::useLab(*lab, &context);
    if (!target && (options.diagnose || options.monitor || (options.checkGroups.isEmpty() && !options.demo && !options.watchResets && !options.resetHistory))) {
        err << QCoreApplication::translate("main", "Neither --target nor the profile names the service to test.") << Qt::endl;
        return CommandLine::ExitBadUsage;
    }
    // A helpdesk's profile may ask for the target's server's history in the report.
    CliOptions headlessOptions = options;
    if (profile && profile->includeResetHistory.value_or(false) && target)
        headlessOptions.resetHistory = true;
    HeadlessRun run(headlessOptions, context);
    run.setReportWriter(&ReportExporter::write);
    QObject::connect(&run, &HeadlessRun::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    onInterrupt(&app, [&run] { run.interrupt(); });
    run.start();
    return app.exec();
}
