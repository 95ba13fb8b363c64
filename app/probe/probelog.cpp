#include "probelog.h"

Q_LOGGING_CATEGORY(lcProbe, "cdoc.probe", QtWarningMsg)
