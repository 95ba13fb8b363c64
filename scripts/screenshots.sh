#!/usr/bin/env bash
# Renders every page of the wizard during demo runs against the fault lab,
# under a virtual display (Xvfb), into docs/screenshots/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
OUT="$ROOT/docs/screenshots"
command -v xvfb-run >/dev/null || { echo "needs xvfb (apt-get install xvfb xauth)"; exit 1; }
mkdir -p "$OUT"
rm -f "$OUT"/*.png
CDOC_SCREENSHOT_DIR="$OUT" QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$BUILD_DIR/tests/tst_wizard" throughEveryPageToTheCause
ls "$OUT"
