#ifndef CDOC_FINDING_H
#define CDOC_FINDING_H

#include "vocabulary/vocabulary.h"

#include <QtCore/QJsonObject>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

// One possible cause, as the diagnosis names it: how sure it is, which side
// it points at, what it means in plain words, the evidence it rests on, and
// what to do, for the user and for whoever runs the server or the network.
struct Finding
{
    Vocabulary::FindingId id = Vocabulary::FindingId::NoProblemFound;
    double confidence = 0; // 0 to 1
    Vocabulary::Side side = Vocabulary::Side::TheServer;
    QString title;
    QString explanation;
    QStringList evidence;
    QStringList userSteps;
    QStringList adminSteps;
    QJsonObject data; // e.g. idle_timeout_ms, payload_limit_bytes

    // A rule's finding before FindingText gives it words.
    static Finding make(Vocabulary::FindingId id, double confidence, Vocabulary::Side side, const QStringList &evidence,
                        const QJsonObject &data = {})
    {
        Finding f;
        f.id = id;
        f.confidence = confidence;
        f.side = side;
        f.evidence = evidence;
        f.data = data;
        return f;
    }
};

Q_DECLARE_METATYPE(Finding)

#endif // CDOC_FINDING_H
