#include "commandline.h"

#include "checks/checkcatalog.h"
#include "i18n/translations.h"
#include "report/redactor.h"
#include "report/reportformat.h"
#include "resetwatch/backgroundwatchservice.h"
#include "resetwatch/resethistory.h"
#include "vocabulary/vocabulary.h"

#include <QtCore/QCommandLineParser>
#include <QtNetwork/QHostAddress>

namespace {

bool readBoundedInt(const QCommandLineParser &parser, const QCommandLineOption &option,
                    int minimum, int maximum, int *value, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = parser.value(option);
    const int v = text.toInt(&ok);
    if (!ok || v < minimum || v > maximum) {
        *error = CommandLine::tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                     .arg(option.names().constLast())
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return false;
    }
    *value = v;
    return true;
}

} // namespace

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Result result;
    CliOptions &o = result.options;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds out why your connections end with \"Connection reset by peer\" and what to do about it."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));
    const QCommandLineOption headless(QStringLiteral("headless"), tr("Run without windows and print the results."));
    const QCommandLineOption target({QStringLiteral("t"), QStringLiteral("target")},
                                    tr("The service whose connections fail: host:port, [IPv6]:port, a host name (port 443) or a URL. With --demo, a fault lab scenario name."),
                                    tr("target"));
    const QCommandLineOption count({QStringLiteral("n"), QStringLiteral("count")},
                                   tr("How many probes to run (default 5)."), tr("N"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Milliseconds between the start of two probes (default 1000)."), tr("ms"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Milliseconds each step of a probe may take before it counts as timed out (default 5000)."), tr("ms"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the full report as JSON to this file."), tr("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start the built-in fault lab on this computer and practise on it: works with no network. With --headless and no --target, tours every way a connection can end."));
    const QCommandLineOption lab(QStringLiteral("lab"),
                                 tr("Only run the fault lab, print its ports and serve until interrupted (for training and testing)."));
    const QCommandLineOption checks(QStringLiteral("checks"),
                                    tr("Run these environment checks: connectivity, firewall, vpn, proxy, counters, or all (comma-separated)."),
                                    tr("list"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      tr("Override an endpoint the checks contact, as key=value (see docs/endpoints.md); may be repeated."),
                                      tr("key=value"));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
                                   tr("Compare direct connections with this proxy (http://host:port or socks5://host:port)."),
                                   tr("url"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("With --lab: the IPv4 address to serve on (default 127.0.0.1)."), tr("address"));
    const QCommandLineOption diagnose(QStringLiteral("diagnose"),
                                      tr("Find the cause: run every check and the active experiments against the target, then name the most likely cause and the fix."));
    const QCommandLineOption budget(QStringLiteral("budget"),
                                    tr("Seconds the diagnosis may take (default 120)."), tr("seconds"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     tr("Explain an error message you saw, such as \"ECONNRESET\" or \"Connection reset by peer\"."),
                                     tr("text"));
    const QCommandLineOption activity(QStringLiteral("activity"),
                                      tr("With --diagnose: what you were doing when the connection failed: website, app-error, upload, remote-session or other. "
                                         "With --explain, the diagnosis also weighs the error message you saw."),
                                      tr("what"));
    const QCommandLineOption monitor(QStringLiteral("monitor"),
                                     tr("Watch the target: probe it at a steady pace (--interval) for --duration seconds and count how connections end over time."));
    const QCommandLineOption watchResets(QStringLiteral("watch-resets"),
                                         tr("Watch every reset any program on this computer gets or sends: which program, which server, "
                                            "and who sent it (see docs/reset-watch.md). Alone, for --duration seconds; with probes, "
                                            "a diagnosis or the monitor, while they run."));
    const QCommandLineOption noWatch(QStringLiteral("no-watch"),
                                     tr("With --diagnose, or in the wizard: do not start the reset watch (it runs by default where it needs "
                                        "no permission, so that every probe's reset says who sent it)."));
    const QCommandLineOption resetHistory(QStringLiteral("reset-history"),
                                          tr("Read what the background watch (connection-doctor-watch.service) saw while the app was not "
                                             "open: alone, every program's resets, printed and written as --watch-resets writes them; with "
                                             "a --target, the resets of that server go into the report too."));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("With --reset-history: how far back to read: 1h, 24h or 7d (default 24h)."), tr("window"));
    const QCommandLineOption historyDir(QStringLiteral("history-dir"),
                                        tr("With --reset-history, or in the wizard's monitor: the background watch's log directory "
                                           "(default %1).")
                                            .arg(ResetHistory::defaultDirectory()),
                                        tr("directory"));
    const QCommandLineOption backgroundWatch(QStringLiteral("background-watch"),
                                             tr("Turn the background watch (%1) on or off, or say whether it is on: on, off or status. "
                                                "It keeps a log of every program's resets while the app is closed. Asks for an "
                                                "administrator's password (pkexec) unless run as root.")
                                                 .arg(BackgroundWatchService::unitName()),
                                             QStringLiteral("on|off|status"));
    const QCommandLineOption duration(QStringLiteral("duration"), tr("Seconds the monitor or the reset watch runs (default 60)."), tr("seconds"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("With --monitor: write the counts per second as CSV to this file. With --watch-resets alone: write every reset as CSV."),
                                 tr("file"));
    const QCommandLineOption monitorLog(QStringLiteral("monitor-log"),
                                        tr("With --monitor: keep the monitor's running log (one line per connection, kept if the app is stopped) "
                                           "in this file instead of the app's data folder."),
                                        tr("file"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   tr("Print nothing but errors; the exit status and the report say the rest."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the report to this file, in the format its extension names: .html, .pdf, .json, .txt or .csv. "
                                       "May be given more than once."),
                                    tr("file"));
    const QCommandLineOption redact(QStringLiteral("redact"),
                                    tr("Hide these kinds of values in the written reports: a comma list of public-ip, private-ip, "
                                       "host, user, mac, path, or all or none (default none)."),
                                    tr("kinds"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  tr("Show a saved JSON report as the user saw it (with --headless: print it, or convert it with --report)."),
                                  tr("file"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Start with a helpdesk's profile: the service, the checks to run, the budgets and a message."),
                                     tr("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The language to use: en, de, fr, es, pt_BR or ja (default: the system's)."),
                                  tr("code"));
    parser.addOptions({help, version, headless, target, count, interval, timeout, json, demo, lab, checks, endpoint, proxy, listen,
                       diagnose, budget, explain, activity, monitor, watchResets, noWatch, resetHistory, since, historyDir, backgroundWatch, duration, csv, monitorLog, quiet, report, redact, open, profile, lang});
    parser.addPositionalArgument(QStringLiteral("file"), tr("A profile (*.cdprofile) or a saved report (*.json) to open."),
                                 QStringLiteral("[file]"));

    result.helpText = parser.helpText()
        + tr("\nExit status: 0 when every probe succeeded (with --diagnose: no problem found), 1 when any did not "
             "(a problem was found), 2 for bad usage, a bad target or a bad profile. --background-watch: 0 when the watch "
             "is (now) on or was turned off as asked, 1 when it could not be changed or is not on.\n");

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.positionalArguments().size() > 1) {
        result.error = tr("Unexpected argument \"%1\". Give the service with --target.")
                           .arg(parser.positionalArguments().at(1));
        return result;
    }
    o.fileArgument = parser.positionalArguments().value(0);
    o.language = parser.value(lang); // before --help, which is said in it
    if (parser.isSet(help)) {
        o.mode = CliOptions::Mode::Help;
        return result;
    }
    if (parser.isSet(version)) {
        o.mode = CliOptions::Mode::Version;
        return result;
    }

    o.target = parser.value(target);
    o.targetGiven = parser.isSet(target);
    o.jsonPath = parser.value(json);
    o.quiet = parser.isSet(quiet);
    o.demo = parser.isSet(demo);
    if (!readBoundedInt(parser, count, 1, 100000, &o.count, &result.error)
        || !readBoundedInt(parser, interval, 0, 3600 * 1000, &o.intervalMs, &result.error)
        || !readBoundedInt(parser, timeout, 1, 600 * 1000, &o.timeoutMs, &result.error)
        || !readBoundedInt(parser, budget, 10, 24 * 3600, &o.budgetSeconds, &result.error)
        || !readBoundedInt(parser, duration, 1, 7 * 24 * 3600, &o.durationSeconds, &result.error)) {
        return result;
    }

    o.reportPaths = parser.values(report);
    o.redact = parser.value(redact);
    o.openPath = parser.value(open);
    o.profilePath = parser.value(profile);
    o.language = parser.value(lang);
    o.headless = parser.isSet(headless);
    if (parser.isSet(lang) && !Translations::languages().contains(o.language)) {
        result.error = tr("--lang takes one of %1, not \"%2\".").arg(Translations::languages().join(QLatin1String(", ")), o.language);
        return result;
    }
    o.budgetGiven = parser.isSet(budget);
    o.timeoutGiven = parser.isSet(timeout);
    if (parser.isSet(redact)) {
        Redactor::Categories categories;
        if (!Redactor::parseCategories(o.redact, &categories, &result.error))
            return result;
    }
    for (const QString &path : std::as_const(o.reportPaths)) {
        if (!ReportFormat::fromPath(path)) {
            result.error = ReportFormat::unknownFormatError(path);
            return result;
        }
    }
    o.endpointOverrides = parser.values(endpoint);
    o.proxy = parser.value(proxy);
    o.labAddress = parser.value(listen);
    if (parser.isSet(listen) && QHostAddress(o.labAddress).protocol() != QAbstractSocket::IPv4Protocol) {
        result.error = tr("--listen takes an IPv4 address, not \"%1\".").arg(o.labAddress);
        return result;
    }
    if (parser.isSet(checks)) {
        o.checkGroups = CheckCatalog::parseGroups(parser.value(checks), &result.error);
        if (o.checkGroups.isEmpty())
            return result;
        o.probe = parser.isSet(count);
    }

    o.diagnose = parser.isSet(diagnose);
    o.monitor = parser.isSet(monitor);
    o.watchResets = parser.isSet(watchResets);
    o.noWatch = parser.isSet(noWatch);
    // A diagnosis watches resets unless told not to: who sent them is the
    // evidence the first sentence rests on.
    if (o.diagnose && !o.noWatch)
        o.watchResets = true;
    o.csvPath = parser.value(csv);
    o.monitorLogPath = parser.value(monitorLog);
    o.resetHistory = parser.isSet(resetHistory);
    o.historyDir = parser.value(historyDir);
    if (parser.isSet(since)) {
        o.since = parser.value(since);
        if (!ResetHistory::windowMs(o.since)) {
            result.error = tr("--since takes one of %1, not \"%2\".").arg(ResetHistory::windowNames().join(QLatin1String(", ")), o.since);
            return result;
        }
    }
    // The wizard's monitor reads the log from --history-dir too.
    const bool gui = !parser.isSet(headless) && !parser.isSet(open) && !parser.isSet(lab) && !parser.isSet(explain);
    if ((parser.isSet(since) || (parser.isSet(historyDir) && !gui)) && !o.resetHistory) {
        result.error = tr("--since and --history-dir go with --reset-history.");
        return result;
    }
    if (parser.isSet(backgroundWatch)) {
        o.backgroundWatch = parser.value(backgroundWatch);
        const QStringList actions{QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("status")};
        if (!actions.contains(o.backgroundWatch)) {
            result.error = tr("--background-watch takes one of %1, not \"%2\".").arg(actions.join(QLatin1String(", ")), o.backgroundWatch);
            return result;
        }
        o.mode = CliOptions::Mode::BackgroundWatch;
        return result;
    }
    if (o.resetHistory && o.watchResets && !o.diagnose) {
        result.error = tr("--reset-history reads what the background watch saw; --watch-resets watches from now on. Give one of them.");
        return result;
    }
    if (o.monitor && !parser.isSet(target) && !parser.isSet(profile)) {
        result.error = tr("--monitor needs the --target to watch.");
        return result;
    }
    if (o.diagnose) {
        o.checkGroups = CheckCatalog::groups();
        o.probe = true;
    }
    if (parser.isSet(activity)) {
        o.activity = parser.value(activity);
        if (!Vocabulary::activityFromWireName(o.activity)) {
            QStringList names;
            for (Vocabulary::Activity a : Vocabulary::allActivities())
                names << Vocabulary::wireName(a);
            result.error = tr("--activity takes one of %1, not \"%2\".").arg(names.join(QLatin1String(", ")), o.activity);
            return result;
        }
    }
    if (parser.isSet(explain)) {
        o.explain = parser.value(explain);
        // With --diagnose the text is evidence for the diagnosis, not a
        // question of its own.
        if (!o.diagnose) {
            o.mode = CliOptions::Mode::Explain;
            return result;
        }
    }

    const bool hasTarget = parser.isSet(target) || parser.isSet(profile) || !o.fileArgument.isEmpty();
    if (parser.isSet(open)) {
        o.mode = CliOptions::Mode::Open;
    } else if (parser.isSet(lab)) {
        o.mode = CliOptions::Mode::Lab;
    } else if (parser.isSet(headless)) {
        o.mode = CliOptions::Mode::Headless;
        if (o.diagnose && !hasTarget) {
            result.error = tr("--diagnose needs the --target whose connections fail.");
            return result;
        }
        if (!hasTarget && !o.demo && o.checkGroups.isEmpty() && !o.watchResets && !o.resetHistory) {
            result.error = tr("--headless needs a --target (for example --target www.example.com:443), --checks, --watch-resets or "
                              "--reset-history.");
            return result;
        }
        if (!parser.isSet(target) && o.demo && o.checkGroups.isEmpty() && !o.watchResets && !o.resetHistory)
            o.mode = CliOptions::Mode::Demo;
    } else {
        o.mode = CliOptions::Mode::Gui; // with --demo, against the fault lab
    }
    return result;
}
