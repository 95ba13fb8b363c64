#!/usr/bin/env bash
# The background watch under a storm of resets (issue 21): the helper in
# --background mode with its default cap (32 MiB), as the systemd unit runs
# it (the unit's ExecStart, by hand as root, STATE_DIRECTORY set), in a
# network namespace of its own; a load generator in the same namespace
# connects RATE times a minute to a closed port of a second namespace, so
# every connection is reset (an RST in answer to its SYN: a "received"
# reset with its program, the cheapest reset there is). Namespaces only:
# nothing leaves this machine.
#   bench/historystorm.sh [MINUTES] [RATE_PER_MINUTE]    defaults: 10, 6000
#   MAX_LOG_BYTES=N   adds --max-log-bytes N to the unit's command (a cap of
#                     one's own, to see files rotate and go under a storm)
#   KEEP_LOG=DIR      copies the log files there at the end
# Prints, at the end: resets made, the helper's counts from its last stats
# line (resets seen, log_dropped, kernel_lost, packets_dropped), the log's
# total size against the cap, the helper's CPU seconds and peak RSS
# (VmHWM). Figures go to docs/benchmarks.md. Root only. The generator is
# niced; the helper is not.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HELPER="${CDOC_RESET_HELPER:-$ROOT/build/app/cdoc-reset-helper}"
UNIT="$ROOT/packaging/systemd/connection-doctor-watch.service"
MINUTES="${1:-10}"
RATE="${2:-6000}"
[ "$(id -u)" -eq 0 ] || { echo "historystorm: needs root (namespaces, the helper's capabilities)" >&2; exit 77; }
getent passwd connection-doctor >/dev/null || { echo "historystorm: needs the connection-doctor user (adduser --system --group connection-doctor)" >&2; exit 77; }

A="cdoc-storm-a-$$" B="cdoc-storm-b-$$"
WORK="$(mktemp -d)"
STATE="$WORK/state"
HELPER_PID=""
cleanup() {
    if [ -n "$HELPER_PID" ]; then kill "$HELPER_PID" 2>/dev/null || true; fi
    ip netns del "$A" 2>/dev/null || true
    ip netns del "$B" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

ip netns add "$A"
ip netns add "$B"
ip link add sa0 netns "$A" type veth peer name sb0 netns "$B"
ip -n "$A" addr add 10.93.0.1/24 dev sa0
ip -n "$B" addr add 10.93.0.2/24 dev sb0
for ns in "$A" "$B"; do ip -n "$ns" link set lo up; done
ip -n "$A" link set sa0 up
ip -n "$B" link set sb0 up
[ -d /sys/kernel/tracing/events/tcp ] || mount -t tracefs nodev /sys/kernel/tracing

# The unit's own command line, with the helper just built.
read -r -a COMMAND <<<"$(sed -n 's/^ExecStart=//p' "$UNIT")"
COMMAND[0]="$HELPER"
CAP=$((32 * 1024 * 1024))
if [ -n "${MAX_LOG_BYTES:-}" ]; then
    COMMAND+=(--max-log-bytes "$MAX_LOG_BYTES")
    CAP="$MAX_LOG_BYTES"
fi
ip netns exec "$A" env STATE_DIRECTORY="$STATE" "${COMMAND[@]}" &
HELPER_PID=$!
for _ in $(seq 50); do ls "$STATE"/resets-*.jsonl >/dev/null 2>&1 && break; sleep 0.1; done
echo "# historystorm: $MINUTES min at $RATE resets/min; helper pid $HELPER_PID: ${COMMAND[*]}"
echo "# $(date -u +%FT%TZ) $(nproc) CPUs, $(uname -r)"

MADE="$(ip netns exec "$A" nice -n 10 python3 - "$MINUTES" "$RATE" <<'PY'
import errno, socket, sys, time
minutes, rate = float(sys.argv[1]), int(sys.argv[2])
interval = 60.0 / rate
start = time.monotonic()
end = start + minutes * 60
made, pending, i = 0, [], 0
while True:
    due = start + i * interval
    if due >= end:
        break
    now = time.monotonic()
    if due > now:
        time.sleep(due - now)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setblocking(False)
    if s.connect_ex(("10.93.0.2", 9)) in (errno.EINPROGRESS, errno.ECONNREFUSED):
        made += 1
    pending.append((time.monotonic(), s))
    i += 1
    while pending and pending[0][0] < time.monotonic() - 1:
        pending.pop(0)[1].close()
for _, s in pending:
    s.close()
print(made)
PY
)"
sleep 3 # the last resets wait up to a second for their packets
CPU_TICKS="$(awk '{ print $14 + $15 }' "/proc/$HELPER_PID/stat")"
HWM="$(awk '/^VmHWM:/ { print $2 }' "/proc/$HELPER_PID/status")"
kill -TERM "$HELPER_PID"
wait "$HELPER_PID" || true
HELPER_PID=""
TICKS="$(getconf CLK_TCK)"
LAST_STATS="$(cat "$STATE"/resets-*.jsonl | grep '"type":"stats"' | tail -n 1)"
TOTAL="$(du -cb "$STATE"/resets-*.jsonl | tail -n 1 | cut -f1)"
FILES="$(find "$STATE" -name 'resets-*.jsonl' | wc -l)"
LINES="$(cat "$STATE"/resets-*.jsonl | grep -c '"type":"reset"' || true)"
STATS_LINES="$(cat "$STATE"/resets-*.jsonl | grep -c '"type":"stats"' || true)"
if [ -n "${KEEP_LOG:-}" ]; then mkdir -p "$KEEP_LOG" && cp "$STATE"/resets-*.jsonl "$KEEP_LOG"/; fi
field() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" <<<"$LAST_STATS"; }
echo "resets made:            $MADE"
echo "resets the helper saw:  $(field resets)"
echo "reset lines in the log: $LINES (in $FILES files, $STATS_LINES stats lines)"
echo "log_dropped:            $(field log_dropped)"
echo "log_removed_files:      $(field log_removed_files)"
echo "kernel_lost:            $(field kernel_lost)"
echo "packets_dropped:        $(field packets_dropped)"
echo "log total:              $TOTAL bytes (cap $CAP)"
echo "helper CPU:             $(awk -v t="$CPU_TICKS" -v h="$TICKS" 'BEGIN { printf "%.1f s", t / h }')"
echo "helper peak RSS:        $HWM KiB"
