#!/usr/bin/env bash
# The monitor for a long run, as a user leaves it: the command line's
# --monitor at 10 probes a second against the fault lab (in its own
# process, so the figures are the monitor's alone), its resident memory
# sampled every 10 seconds. Loopback only.
#   bench/soak.sh [MINUTES] [SCENARIO]     defaults: 60, every-nth-reset
# Prints "minute RSS-KiB" rows, then the first and last minute's figures
# and the log's lines. Uses build/app/connection-doctor.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP="${CDOC_EXECUTABLE:-$ROOT/build/app/connection-doctor}"
MINUTES="${1:-60}"
SCENARIO="${2:-every-nth-reset}"
WORK="$(mktemp -d)"
trap 'kill $LAB $MON 2>/dev/null || true; rm -rf "$WORK"' EXIT

"$APP" --lab >"$WORK/lab.txt" 2>/dev/null &
LAB=$!
for _ in $(seq 50); do grep -q "^$SCENARIO " "$WORK/lab.txt" 2>/dev/null && break; sleep 0.1; done
TARGET="$(awk -v s="$SCENARIO" '$1 == s {print $2}' "$WORK/lab.txt")"

XDG_DATA_HOME="$WORK/data" "$APP" --headless --monitor --target "$TARGET" --interval 100 \
    --timeout 3000 --duration $((MINUTES * 60)) --json "$WORK/report.json" >"$WORK/monitor.txt" 2>&1 &
MON=$!
echo "# soak: $MINUTES min of --monitor --interval 100 against $SCENARIO ($TARGET), pid $MON"
echo "# seconds rss_kib"
start=$(date +%s)
while kill -0 "$MON" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$MON/status" 2>/dev/null || true)
    [ -n "$rss" ] && echo "$(( $(date +%s) - start )) $rss"
    sleep 10
done
wait "$MON" || true
log="$(find "$WORK/data" -name '*.jsonl' -o -name '*.log' | head -n 1)"
echo "# log: $(wc -l <"$log") lines, $(du -k "$log" | cut -f1) KiB"
tail -n 3 "$WORK/monitor.txt"
