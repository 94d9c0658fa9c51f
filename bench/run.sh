#!/usr/bin/env bash
# Scale benchmarks, on demand only (never part of 'mvn verify'). Builds bench/target/benchmarks.jar,
# runs the JMH scale benchmarks and the cold probes, and prints a table with the scaling exponent
# between consecutive sizes (log-log slope: time ~ size^b).
#
#   bench/run.sh                 # default sizes (a long run: ~15-25 minutes on 2 cores)
#   QUICK=1 bench/run.sh         # smaller sizes, one iteration each
#   SKIP_BUILD=1 bench/run.sh    # reuse the jar
#   MVN_FLAGS="-o" bench/run.sh  # offline build
#   JAR=/tmp/b.jar SKIP_BUILD=1 bench/run.sh   # run a copy of the jar (safe while rebuilding)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$root/bench/target/benchmarks.jar}"
out="${OUT:-$root/bench/target/scale}"
mkdir -p "$out"

if [ -z "${SKIP_BUILD:-}" ]; then
    (cd "$root" && mvn -B -q ${MVN_FLAGS:-} -pl bench -am package -DskipTests) >&2
fi

if [ -n "${QUICK:-}" ]; then
    check_sizes=100,1000; sim_sizes=100,300; land_sizes=30,100; iters=(-wi 1 -i 1)
else
    check_sizes=100,1000,5000; sim_sizes=100,300,1000; land_sizes=30,100,300; iters=(-wi 2 -i 3)
fi

jmh() { # name sizes
    java -jar "$jar" "$1" -f 1 "${iters[@]}" -p states="$2" -rf csv -rff "$out/$1.csv" >"$out/$1.log" 2>&1 \
        || { echo "$1 failed, see $out/$1.log" >&2; exit 1; }
}
echo "running CheckBenchmark ($check_sizes states) ..." >&2;           jmh CheckBenchmark "$check_sizes"
echo "running ScaleSimulationBenchmark ($sim_sizes states) ..." >&2;  jmh ScaleSimulationBenchmark "$sim_sizes"
echo "running ScaleLandscapeBenchmark ($land_sizes states) ..." >&2;  jmh ScaleLandscapeBenchmark "$land_sizes"

echo
echo "| benchmark | states | treaties | ms/op | ± error | exponent vs previous size |"
echo "|---|---:|---:|---:|---:|---:|"
for name in CheckBenchmark ScaleSimulationBenchmark ScaleLandscapeBenchmark; do
    # JMH CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: states"[,"Param: turns"]
    tail -n +2 "$out/$name.csv" | tr -d '"' | awk -F, -v name="$name" '
        { n = $8; t = $5; err = $6;
          b = (prev_n > 0) ? sprintf("%.2f", log(t / prev_t) / log(n / prev_n)) : "";
          printf "| %s | %d | %d | %.1f | %.1f | %s |\n", name, n, 5 * n, t, err, b;
          prev_n = n; prev_t = t }'
done

echo
echo "Cold runs, -Xmx1g (wall, main-thread CPU, heap):"
big=5000; sim=1000
[ -n "${QUICK:-}" ] && { big=1000; sim=300; }
java -Xmx1g -cp "$jar" org.entente.bench.ScaleProbe check "$big" 2>/dev/null
java -Xmx1g -cp "$jar" org.entente.bench.ScaleProbe run "$sim" 100 2>/dev/null
echo
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
