#ifndef CDOC_STATUSICON_H
#define CDOC_STATUSICON_H

#include "vocabulary/vocabulary.h"

#include <QtCore/QString>
#include <QtGui/QPixmap>

// The four status marks of a check, drawn rather than taken from an icon
// theme so they look the same everywhere and keep their contrast in light
// and dark palettes: green tick, amber exclamation mark, red cross, grey
// dash. Each has a word for screen readers and for the phone ("the red
// cross next to step 3").
namespace StatusIcon {

QPixmap pixmap(Vocabulary::CheckStatus status, int size, qreal devicePixelRatio);
QString text(Vocabulary::CheckStatus status);

} // namespace StatusIcon

#endif // CDOC_STATUSICON_H
