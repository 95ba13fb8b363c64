#ifndef CDOC_BACKGROUNDWATCHCOMMAND_H
#define CDOC_BACKGROUNDWATCHCOMMAND_H

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

class BackgroundWatchService;
QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

// connection-doctor --background-watch on|off|status: turns the background
// watch on or off, or says whether it is on, in one sentence each.
// Exit status: 0 when it is (now) on, or was turned off as asked; 1 when
// it could not be changed, or (status) when it is not on.
class BackgroundWatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundWatchCommand)

public:
    static int run(BackgroundWatchService *service, const QString &action, QTextStream &out, QTextStream &err);
};

#endif // CDOC_BACKGROUNDWATCHCOMMAND_H
