#!/usr/bin/env bash
# Sweep benchmark, on demand only (never part of 'mvn verify'; docs/performance.md, "Sweeps"): runs per
# second of 'entente sweep' on a synthetic 200-state scenario, in a plain loop (no Spark) and on Spark's
# local mode with 1 and 2 cores, and Spark's overhead per run against the loop. Rates come from the
# sweep's own last progress line (runs only, after Spark has started); whole-process times from
# /usr/bin/time.
#
#   bench/sweep.sh                       # 200 states, 10 turns, 2 points x 12 samples
#   STATES=100 TURNS=5 SAMPLES=8 bench/sweep.sh
#   SYNTH_JAR=/path/entente.jar bench/sweep.sh   # make the scenario with that CLI jar instead of ./entente
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
states="${STATES:-200}" turns="${TURNS:-10}" samples="${SAMPLES:-12}"
out="${OUT:-$root/bench/target/sweep}"
mkdir -p "$out"

scenario="$out/synth-$states.entente"
if [ ! -s "$scenario" ]; then
    if [ -n "${SYNTH_JAR:-}" ]; then
        java -jar "$SYNTH_JAR" synth --states "$states" --turns "$turns" -o "$scenario"
    else
        "$root/entente" synth --states "$states" --turns "$turns" -o "$scenario"
    fi
fi
cat >"$out/plan.yaml" <<PLAN
scenario: synth-$states.entente
seed: 7
samples: $samples
parameters:
  settings.threatFloor: [0.3, 0.5]
PLAN

"$root/entente" sweep --help >/dev/null # builds the sweep jar when missing or stale

run() { # label, sweep options...
    local label="$1"; shift
    /usr/bin/time -f "%e %M" -o "$out/$label.time" "$root/entente" sweep "$out/plan.yaml" --out "$out/$label" "$@" \
        >"$out/$label.out" 2>"$out/$label.err"
    local rate wall
    rate="$(grep -o '[0-9.]* runs/s, done' "$out/$label.err" | tail -n 1 | cut -d' ' -f1)"
    wall="$(cut -d' ' -f1 "$out/$label.time")"
    printf '%-10s %10s runs/s %8s s whole process %8s MB\n' "$label" "$rate" "$wall" "$(($(cut -d' ' -f2 "$out/$label.time") / 1024))"
    echo "$rate" >"$out/$label.rate"
}

echo "sweep of $(grep -c '^state ' "$scenario") states, $turns turns, 2 points x $samples samples = $((2 * samples)) runs"
run loop --plain
run local1 --master 'local[1]'
run local2 --master 'local[2]'
for l in local1 local2; do
    cmp -s "$out/loop.csv" "$out/$l.csv" || { echo "$l.csv differs from the plain loop's" >&2; exit 1; }
done
awk -v loop="$(cat "$out/loop.rate")" -v one="$(cat "$out/local1.rate")" \
    'BEGIN { printf "overhead per run of Spark local[1] against the loop: %.1f ms (%.0f%%)\n", (1/one - 1/loop) * 1000, (loop/one - 1) * 100 }'
