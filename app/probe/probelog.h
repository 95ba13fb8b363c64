#ifndef CDOC_PROBELOG_H
#define CDOC_PROBELOG_H

#include <QtCore/QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcProbe)

#endif // CDOC_PROBELOG_H
