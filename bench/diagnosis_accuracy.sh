#!/bin/bash
# How often the diagnosis names the right cause, run after run, on the
# built-in fault lab (loopback only): a server whose resets grow with load
# (overloaded) and one that resets a flat share whatever the load
# (every-nth-reset, every 5th: 20%). Issue 13 asks for 19 of 20 each.
# Usage: [SCENARIOS="overloaded every-nth-reset"] bench/diagnosis_accuracy.sh [RUNS] [APP]
set -uo pipefail
RUNS=${1:-20}
APP=${2:-build/app/connection-doctor}
# The checks' public endpoints, pointed at loopback.
export CDOC_REACHABILITY=127.0.0.1:9 CDOC_REFERENCE_NAME=localhost CDOC_CAPTIVE_PORTAL_URL=http://127.0.0.1:9/generate_204
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for scenario in ${SCENARIOS:-overloaded every-nth-reset}; do
    right=0; covered=0; total_s=0
    for i in $(seq 1 "$RUNS"); do
        start=$(date +%s.%N)
        "$APP" --demo --headless --diagnose --target "$scenario" --budget 20 --quiet --json "$out/r.json" >/dev/null 2>&1
        end=$(date +%s.%N)
        total_s=$(python3 -c "print($total_s + $end - $start)")
        verdict=$(python3 - "$out/r.json" "$scenario" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); scenario = sys.argv[2]
findings = r.get('findings', [])
top = findings[0]['id'] if findings else 'none'
ids = [f['id'] for f in findings]
if scenario == 'overloaded':
    print('right' if top == 'server-overload' else 'wrong', 'n/a', top)
else:
    f = next((f for f in findings if 'reset_share_ci' in f.get('data', {})), None)
    ci = f['data']['reset_share_ci'] if f else None
    inside = ci is not None and ci[0] <= 0.2 <= ci[1]
    print('right' if 'server-overload' not in ids and top == 'network-interruption' else 'wrong',
          'inside' if inside else 'outside', top, ci)
PY
)
        echo "$scenario run $i: $verdict"
        [[ $verdict == right* ]] && right=$((right + 1))
        [[ $verdict == *" inside "* ]] && covered=$((covered + 1))
    done
    echo "$scenario: right $right of $RUNS; share inside its interval $covered of $RUNS; mean $(python3 -c "print(round($total_s / $RUNS, 1))") s per diagnosis"
done
