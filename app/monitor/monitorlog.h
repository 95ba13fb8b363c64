#ifndef CDOC_MONITORLOG_H
#define CDOC_MONITORLOG_H

#include "probe/proberesult.h"

#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QString>

// The monitor's samples on disk, appended as they come: one JSON object
// per line, written and flushed in one go, so that after a crash or a kill
// every sample that was written is still there and the file still reads
// (a torn last line is skipped). Files grow by about 100 bytes a probe.
class MonitorLog
{
public:
    struct Sample
    {
        qint64 atMs = 0;
        Vocabulary::Outcome outcome = Vocabulary::Outcome::Ok;
        Vocabulary::Phase phase = Vocabulary::Phase::Done;
        double elapsedMs = 0;
    };

    bool open(const QString &path, QString *error);
    void close();
    bool append(const ProbeResult &result);
    QString path() const { return m_file.fileName(); }

    // Reads a log back; lines that do not parse are skipped and counted.
    static QList<Sample> load(const QString &path, int *skipped = nullptr, QString *error = nullptr);
    // Where a monitor of this target keeps its log by default: the user's
    // data folder (QStandardPaths::AppDataLocation)/monitor/.
    static QString defaultPath(const QString &targetName);

private:
    QFile m_file;
};

#endif // CDOC_MONITORLOG_H
