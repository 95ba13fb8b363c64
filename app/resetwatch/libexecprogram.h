#ifndef CDOC_LIBEXECPROGRAM_H
#define CDOC_LIBEXECPROGRAM_H

#include <QtCore/QString>

// Where one of the app's own programs (the reset watch's helper, the
// background watch's switch) is: beside the app in a build tree; in an
// installed tree relative to the app (/usr/bin -> /usr/libexec), whatever
// prefix it was built for; then where this build would install it. Its
// canonical path, or empty where it is in none of them. With `executable`
// only a file this user may run counts.
QString libexecProgramPath(const QString &name, bool executable);

#endif // CDOC_LIBEXECPROGRAM_H
