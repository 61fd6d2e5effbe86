#!/usr/bin/env bash
# Runs the corpus-scale benchmark of issue "Corpus scale" in one sitting: for each size, the
# workload gen.py writes, limit.c (the practical limit), R data.table (the tool a methodologist
# would pick instead) and the library's JMH benchmarks (CorpusBenchmark) on the same files; then
# prints each path's time, its ratio to limit.c and data.table, and the log-log slope of each
# stage between the smallest and largest size.
#
# Usage: examples/scripts/corpus-benchmark.sh BENCH_DIR [SIZES...]
#   BENCH_DIR  the folder holding gen.py, limit.c and anchor_datatable.R (../shared/bench)
#   SIZES      numbers of papers; default: 10000 100000 1000000
# Needs: gcc, Debian's python3-numpy and r-cran-data.table, and this project's Maven wrapper.
set -euo pipefail
bench=$(cd "$1" && pwd); shift
sizes=("${@:-10000 100000 1000000}")
sizes=(${sizes[*]})
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${TMPDIR:-/tmp}/corpus-benchmark
mkdir -p "$work"
gcc -O3 -march=native -o "$work/limit" "$bench/limit.c"
(cd "$repo" && ./mvnw -q -B -ntp install -DskipTests)
results="$work/results.txt"
: > "$results"
for n in "${sizes[@]}"; do
  dir="$work/w$n"
  [ -f "$dir/pairs.i32" ] || /usr/bin/python3 "$bench/gen.py" "$n" 1000 100 7 0.05 "$dir"
  limit=$("$work/limit" "$dir" | sed -n 's/.*total \([0-9.]*\) ms.*/\1/p')
  dt=$(Rscript "$bench/anchor_datatable.R" "$dir" | sed -n 's/^data.table.*best of 3 \([0-9.]*\) ms.*/\1/p')
  # Large workloads take seconds per operation: fewer, single-shot iterations.
  if [ "$n" -ge 1000000 ]; then jmh="-bm ss -wi 2 -i 3"; else jmh="-wi 3 -i 5 -w 1s -r 1s"; fi
  (cd "$repo" && ./mvnw -q -B -ntp -pl examples exec:exec@benchmarks \
    -Djmh.args="CorpusBenchmark -f 1 $jmh -tu ms -jvmArgs -Xmx4g -p dir=$dir -p papers=0 -rf csv -rff $work/jmh-$n.csv" \
    > "$work/jmh-$n.log")
  echo "$n limit $limit" >> "$results"
  echo "$n datatable $dt" >> "$results"
  tail -n +2 "$work/jmh-$n.csv" | while IFS=, read -r name mode threads samples score error unit rest; do
    echo "$n $(echo "$name" | tr -d '"' | sed 's/.*\.//') $score" >> "$results"
  done
done
/usr/bin/python3 - "$results" <<'PY'
import math, sys, collections
t = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    n, stage, ms = line.split()
    t[stage][int(n)] = float(ms)
sizes = sorted(t['limit'])
print(f"{'stage':22}" + ''.join(f"{n:>14,}" for n in sizes) + "   x limit.c   x data.table   slope")
for stage in ['limit', 'datatable', 'bulk', 'bulkTwoThreads', 'natural', 'describeAndBuild', 'synthesizeAndCount']:
    if stage not in t: continue
    row = t[stage]
    cells = ''.join(f"{row.get(n, float('nan')):>11.1f} ms" for n in sizes)
    big = sizes[-1]
    rl = row[big] / t['limit'][big]; rd = row[big] / t['datatable'][big]
    slope = (math.log(row[sizes[-1]]) - math.log(row[sizes[0]])) / (math.log(sizes[-1]) - math.log(sizes[0])) if len(sizes) > 1 else float('nan')
    print(f"{stage:22}{cells}   {rl:9.2f}   {rd:12.2f}   {slope:5.2f}")
PY
