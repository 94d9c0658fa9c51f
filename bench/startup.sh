#!/usr/bin/env bash
# Cold-start benchmark: whole processes, as a user runs them (each file alone in its own folder).
# Prints min / median / max wall seconds (and median CPU seconds) of RUNS runs, after one warm-up
# run that is not counted (it lets the launcher build the jar or its class-data archive first):
#   1. entente check of a two-line file           (bench/startup/tiny.entente)
#   2. entente landscape of an 11-actor scenario  (bench/startup/landscape-11.entente)
#   3. entente check of the 4,000-state synthetic file (entente synth --states 4000 --treaties 20000 --seed 11)
#   4. the language server: process start -> first publishDiagnostics for examples/europe-1914.entente
#      (bench/startup/lsp-first-diagnostics.js, needs Node 18+)
#
#   bench/startup.sh                                   # through ./entente, 5 runs each
#   RUNS=9 bench/startup.sh
#   ENTENTE="java -jar cli/target/entente.jar" bench/startup.sh   # another way to start it
#   ONLY=1,4 bench/startup.sh                          # some of the figures
# Uses bash, /usr/bin/time and node only; never run by 'mvn verify'.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-5}"
read -r -a entente <<<"${ENTENTE:-$root/entente}"
only=",${ONLY:-1,2,3,4},"
work="$(mktemp -d "${TMPDIR:-/tmp}/entente-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT

alone() { # copy FILE into a folder of its own (other .entente files in a folder are read too)
    mkdir -p "$work/$2" && cp "$1" "$work/$2/" && echo "$work/$2/$(basename "$1")"
}

stats() { # reads one number per line; prints "min median max"
    sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                       printf "%.2f %.2f %.2f\n", v[1], m, v[NR] }'
}

row() { # label target wall-file [cpu-file]
    read -r lo med hi < <(stats <"$3")
    local cpu="-"
    [ -n "${4:-}" ] && cpu="$(stats <"$4" | cut -d' ' -f2)"
    printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$lo" "$med" "$hi" "$cpu" "$2"
}

timed() { # label target command...: RUNS timed whole-process runs after one warm-up
    local label="$1" target="$2"; shift 2
    "$@" >/dev/null 2>&1 || true
    : >"$work/wall"; : >"$work/cpu"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null 2>&1 || true
        read -r wall user sys <"$work/time"
        echo "$wall" >>"$work/wall"
        echo "$user $sys" | awk '{ print $1 + $2 }' >>"$work/cpu"
    done
    row "$label" "$target" "$work/wall" "$work/cpu"
}

echo "| figure | min s | median s | max s | median CPU s | target |"
echo "|---|---:|---:|---:|---:|---|"
if [[ $only == *,1,* ]]; then
    timed "check, two-line file" "< 0.8 s" "${entente[@]}" check "$(alone "$root/bench/startup/tiny.entente" tiny)"
fi
if [[ $only == *,2,* ]]; then
    timed "landscape, 11 actors" "< 1.1 s" "${entente[@]}" landscape "$(alone "$root/bench/startup/landscape-11.entente" eleven)"
fi
if [[ $only == *,3,* ]]; then
    mkdir -p "$work/synth"
    "${entente[@]}" synth --states 4000 --treaties 20000 --seed 11 -o "$work/synth/synth-4000.entente" >/dev/null
    timed "check, 4,000 states (3.4 MB)" "< 5 s" "${entente[@]}" check "$work/synth/synth-4000.entente"
fi
if [[ $only == *,4,* ]]; then
    file="$(alone "$root/examples/europe-1914.entente" lsp)"
    node "$root/bench/startup/lsp-first-diagnostics.js" "$file" "${entente[@]}" lsp >/dev/null 2>&1 || true
    : >"$work/wall"
    for _ in $(seq "$runs"); do
        node "$root/bench/startup/lsp-first-diagnostics.js" "$file" "${entente[@]}" lsp | cut -d' ' -f1 >>"$work/wall"
    done
    row "language server, start -> first diagnostics (europe-1914)" "< 1.5 s" "$work/wall"
fi
echo
echo "$runs runs each after one warm-up; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
