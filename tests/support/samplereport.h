#ifndef CDOC_SAMPLEREPORT_H
#define CDOC_SAMPLEREPORT_H

#include "report/redactor.h"
#include "report/report.h"

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QStringList>

// A fixed report with everything a report can hold: checks, probes,
// findings, a two-minute timeline, network events and the environment, and
// planted in it, in structured fields and in free text, every kind of value
// a user may want to hide. The export and redaction tests use it.
namespace SampleReport {

Report make();

// The planted values of one kind, as they appear in the report.
QStringList secrets(Redactor::Category category);
// Fragments that must not survive when everything is hidden: the user's
// name inside paths and host names, the MAC's vendor part, and so on.
QStringList fragments();
// Text that looks a little like a secret but is not one, and must survive.
QStringList harmless();

} // namespace SampleReport

#endif // CDOC_SAMPLEREPORT_H
