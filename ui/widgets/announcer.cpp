#include "announcer.h"

#include <QtGui/QAccessible>
#include <QtWidgets/QWidget>

Announcer *Announcer::instance()
{
    static Announcer announcer;
    return &announcer;
}

void Announcer::announce(QWidget *source, const QString &text)
{
    source->setAccessibleDescription(text);
    QAccessibleEvent changed(source, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent alert(source, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    Q_EMIT announced(source, text);
}
