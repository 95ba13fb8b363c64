#!/usr/bin/env bash
# Renders every page of the wizard during demo runs against the fault lab,
# under a virtual display (Xvfb), into docs/screenshots/.
#   --dark     in a dark palette, into docs/screenshots/dark/
#   --scale 2  at 200%, into docs/screenshots/scale-2/
#   --lang de  in another language, into docs/screenshots/de/
#   --windows  the Windows build (scripts/build-windows) under Wine, into
#              docs/screenshots/windows/
#   ROW="a reset after idle" scripts/screenshots.sh   one demo run only
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
OUT="$ROOT/docs/screenshots"
WINDOWS=0
while [ $# -gt 0 ]; do
    case "$1" in
        --dark) export CDOC_SCREENSHOT_DARK=1; OUT="$OUT/dark"; shift ;;
        --scale) export QT_SCALE_FACTOR="$2"; OUT="$OUT/scale-$2"; shift 2 ;;
        --lang) export CDOC_SCREENSHOT_LANG="$2"; OUT="$OUT/$2"; shift 2 ;;
        --windows) WINDOWS=1; OUT="$OUT/windows"; shift ;;
        *) echo "unknown option $1"; exit 2 ;;
    esac
done
command -v xvfb-run >/dev/null || { echo "needs xvfb (apt-get install xvfb xauth)"; exit 1; }
mkdir -p "$OUT"
rm -f "$OUT"/*.png
if [ "$WINDOWS" = 1 ]; then
    # As scripts/test-windows runs the tests: Wine finds Qt's, OpenSSL's and
    # MinGW's DLLs on WINEPATH; the file names reach Qt as Wine's Z: paths.
    CACHE="${CDOC_WIN_CACHE:-/var/cache/connection-doctor-windows}"
    WIN_BUILD="${WIN_BUILD_DIR:-$ROOT/build-windows}"
    MINGW=x86_64-w64-mingw32
    export WINEPREFIX="${WINEPREFIX:-$CACHE/wineprefix}" WINEDEBUG=-all
    export WINEPATH="$CACHE/qt/bin;$CACHE/openssl/bin;$(dirname "$($MINGW-g++-posix -print-file-name=libstdc++-6.dll)");/usr/$MINGW/lib"
    CDOC_SCREENSHOT_DIR="Z:$OUT" xvfb-run -a -s "-screen 0 1280x1024x24" \
        wine "$WIN_BUILD/tst_wizard.exe" "throughEveryPageToTheCause${ROW:+:$ROW}"
    ls "$OUT"
    exit 0
fi
CDOC_SCREENSHOT_DIR="$OUT" QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$BUILD_DIR/tests/tst_wizard" "throughEveryPageToTheCause${ROW:+:$ROW}"
# The monitor's "All programs" view with the reset watch's real data: resets
# by a server and by a router in namespaces the test creates (needs root).
if [ -z "${ROW:-}" ] && [ "$(id -u)" -eq 0 ]; then
    CDOC_SCREENSHOT_DIR="$OUT" QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
        "$BUILD_DIR/tests/tst_resetwatchui" everyProgramsResetsByProgramAndServer
fi
# The same view opening on the background watch's log: a log directory
# the test writes (three days of a laptop's resets), handed to the session
# as --history-dir hands it, in the last 24 hours and the last 7 days.
if [ -z "${ROW:-}" ]; then
    CDOC_SCREENSHOT_DIR="$OUT" QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
        "$BUILD_DIR/tests/tst_resethistoryui" opensOnTheLog
fi
ls "$OUT"
