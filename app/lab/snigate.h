#ifndef CDOC_SNIGATE_H
#define CDOC_SNIGATE_H

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QTimer>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

// Watches a freshly accepted connection until its TLS ClientHello is in,
// reading it with MSG_PEEK so that nothing is consumed, then says whether
// the server name is the blocked one. Like a filtering middlebox, it gives
// up on connections that send nothing (and lets them through to fail on
// their own).
class SniGate : public QObject
{
    Q_OBJECT

public:
    SniGate(qintptr descriptor, const QString &blockedName, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void blocked();
    void passed();

private:
    void inspect();
    void decide(bool block);

    qintptr m_descriptor;
    QString m_blockedName;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_deadline;
    bool m_decided = false;
};

#endif // CDOC_SNIGATE_H
