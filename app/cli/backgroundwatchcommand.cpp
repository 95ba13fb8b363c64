#include "backgroundwatchcommand.h"

#include "commandline.h"
#include "resetwatch/backgroundwatchservice.h"

#include <QtCore/QEventLoop>
#include <QtCore/QTextStream>

namespace {
// Runs the event loop until the service has said what it was asked.
void waitFor(BackgroundWatchService *service, void (BackgroundWatchService::*signal)())
{
    QEventLoop loop;
    QObject::connect(service, signal, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

int BackgroundWatchCommand::run(BackgroundWatchService *service, const QString &action, QTextStream &out, QTextStream &err)
{
    using State = BackgroundWatchService::State;
    if (action == QLatin1String("status")) {
        service->refresh();
        if (service->state() == State::Unknown || service->isBusy())
            waitFor(service, &BackgroundWatchService::statusChanged);
        out << service->statusText() << Qt::endl;
        return service->state() == State::On ? CommandLine::ExitAllOk : CommandLine::ExitProblemsFound;
    }
    const bool on = action == QLatin1String("on");
    bool answered = false;
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(service, &BackgroundWatchService::switched, &loop, [&](bool worked, const QString &text) {
        answered = true;
        ok = worked;
        message = text;
        loop.quit();
    });
    service->turn(on);
    if (!answered) // turn() answers at once where it cannot try (no systemd here)
        loop.exec();
    (ok ? out : err) << message << Qt::endl;
    if (!ok)
        return CommandLine::ExitProblemsFound;
    // The refresh that follows a switch says whether it really runs now.
    if (service->isBusy())
        waitFor(service, &BackgroundWatchService::statusChanged);
    if (on && service->state() != State::On) {
        err << service->statusText() << Qt::endl;
        return CommandLine::ExitProblemsFound;
    }
    return CommandLine::ExitAllOk;
}
