#ifndef CDOC_ERRORRECOGNIZER_H
#define CDOC_ERRORRECOGNIZER_H

#include "vocabulary/vocabulary.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// One pasted error text, understood: what kind of failure it names, in
// which runtime, what it means in plain words, and the server it was
// talking to when the text says.
struct RecognizedError
{
    bool recognized = false;
    QString kind;          // stable id: "reset", "refused", "timeout", "broken-pipe", "dns", "tls-eof", "tls-handshake", "closed"
    Vocabulary::Outcome outcome = Vocabulary::Outcome::Reset; // the probe outcome that matches (reset, refused, timeout, dns_failure, tls_failure, closed); meaningful only when recognized
    QString runtime;       // "Node.js", "Python", "Java", "Windows", "curl", "Web browser", "Go", ".NET", "Ruby", "PHP", "OpenSSH", "OpenSSL", or "" when the text does not say
    QString title;         // short plain name, e.g. tr("The connection was cut off (reset)")
    QString explanation;   // two or three plain sentences for a non-technical person: what happened, and that it is / is not a reset
    QString target;        // "host:port", "[v6]:port", "host" or a URL found in the text; empty if none
};

// Recognizes an error text that a user or a helpdesk pasted (from Node.js,
// Python, Java, Windows, curl, browsers, Go, .NET, Ruby, PHP, OpenSSH or
// OpenSSL), says in plain words what it means, and finds the server it
// names. Text it does not know is reported as not recognized, never
// guessed at. Only the first 64 KiB of the text are read.
class ErrorRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(ErrorRecognizer)
public:
    static RecognizedError recognize(const QString &text);
};

#endif // CDOC_ERRORRECOGNIZER_H
