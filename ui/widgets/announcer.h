#ifndef CDOC_ANNOUNCER_H
#define CDOC_ANNOUNCER_H

#include <QtCore/QObject>
#include <QtCore/QString>

class QWidget;

// Tells screen readers what just happened ("Firewall check: passed"),
// so a user who cannot see the list hears results as they come in: the
// text becomes the source widget's accessible description and an Alert
// goes to the platform's accessibility bridge. Qt 6.4 has no announcement
// event of its own (QAccessibleAnnouncementEvent came in 6.8).
class Announcer : public QObject
{
    Q_OBJECT

public:
    static Announcer *instance();
    void announce(QWidget *source, const QString &text);

Q_SIGNALS:
    void announced(QWidget *source, const QString &text);

private:
    using QObject::QObject;
};

#endif // CDOC_ANNOUNCER_H
