#!/bin/bash
# make bench: per-stage Google Benchmarks, then whole-pipeline runs on one
# core: generated text articles cleaned and stored, aeb HTML pages cleaned
# (vs readability-lxml), peak memory while ingesting 100,000 articles, the
# near-copy index's cost at 10k / 100k / 1M stored documents, and 5,000 more
# articles extracted and stored into the 100,000-article store.
# Usage: bench/run.sh BUILD_DIR SHARED_DIR
# (env: BENCH_ARTICLES, BENCH_BIG, BENCH_MORE, BENCH_FILTER, BENCH_SKIP_COPY_INDEX)
set -euo pipefail
build=$1
shared=${2:-../shared}
vigil=$build/vigil
work=$(mktemp -d /tmp/vigil-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
n=${BENCH_ARTICLES:-20000}
big=${BENCH_BIG:-100000}
more=${BENCH_MORE:-5000}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s.%N; }

echo "== stage benchmarks (median of 5) =="
"$build/bench/vigil_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_filter="${BENCH_FILTER:--BM_CopyIndex}" 2>&1 | grep -E "^(BM_|---|Benchmark)|_median" || true

echo
python3 bench/gen_corpus.py --samples samples --count "$n" --out "$work/corpus.jsonl"
# Median articles/s of 3 ingests of the corpus; "$@" adds ingest flags.
ingest_rate() {
  local rates=()
  for i in 1 2 3; do
    rm -f "$work/b.db"*
    t0=$(now)
    "$vigil" ingest "$work/corpus.jsonl" --db "$work/b.db" --jobs 1 -q "$@" 2>/dev/null
    t1=$(now)
    rates+=("$(echo "$n / ($t1 - $t0)" | bc -l)")
  done
  printf '%s\n' "${rates[@]}" | median
}
echo "== one worker, $n generated text articles of ~4 KB =="
printf "cleaned and stored (--no-extract), articles/s (median of 3): %.0f   target >= 2000\n" \
  "$(ingest_rate --no-extract)"
printf "cleaned, extracted and stored, articles/s (median of 3): %.0f   target >= 1000\n" \
  "$(ingest_rate)"

aeb=$shared/eval/dev/aeb/inputs
if [ -d "$aeb" ]; then
  echo
  echo "== HTML: aeb dev pages ($(ls "$aeb" | wc -l)), parsed and cleaned (no extraction), one worker =="
  rates=()
  for i in 1 2 3 4 5; do
    t0=$(now)
    "$vigil" extract --format jsonl --jobs 1 --no-extract "$aeb"/* >/dev/null
    t1=$(now)
    rates+=("$(echo "$(ls "$aeb" | wc -l) / ($t1 - $t0)" | bc -l)")
  done
  ours=$(printf '%s\n' "${rates[@]}" | median)
  printf "vigil pages/s (median of 5): %.0f   target >= 300\n" "$ours"
  # Debian's python3 (which has python3-readability), not one earlier on PATH.
  py=/usr/bin/python3
  [ -x "$py" ] || py=python3
  if theirs=$("$py" bench/readability_bench.py "$aeb" --repeat 3 2>/dev/null); then
    printf "readability-lxml pages/s (median of 3): %.1f   vigil/readability: %.1fx\n" \
      "$theirs" "$(echo "$ours / $theirs" | bc -l)"
  else
    echo "readability-lxml: not installed (apt-get install python3-readability)"
  fi
fi

echo
echo "== memory: ingest $big generated articles (clean and store), one worker =="
python3 bench/gen_corpus.py --samples samples --count "$big" --out "$work/big.jsonl"
rm -f "$work/big.db"*
/usr/bin/time -f "%M %e" -o "$work/time" "$vigil" ingest "$work/big.jsonl" --db "$work/big.db" \
  --jobs 1 -q --no-extract 2>/dev/null
read -r kb secs <"$work/time"
printf "peak RSS %.0f MB over %d articles (%.0f articles/s)   target < 300 MB\n" \
  "$(echo "$kb / 1024" | bc -l)" "$big" "$(echo "$big / $secs" | bc -l)"

if [ -z "${BENCH_SKIP_COPY_INDEX:-}" ]; then
  echo
  echo "== near-copy index: Put of a tiny document (lookup + insert, amortised), median of 3 =="
  "$build/bench/vigil_bench" --benchmark_filter=BM_CopyIndex --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true 2>&1 | grep -E "_median" |
    sed -E 's/.*AtStoreSize\/([0-9]+)\/.*sec_per_doc=([0-9.]+[mun]?s).*/stored \1: \2 per document/'
fi

echo
echo "== whole pipeline: $more more articles extracted and stored into the store of $big, one worker =="
python3 bench/gen_corpus.py --samples samples --count "$more" --seed 11 --out "$work/more.jsonl"
rates=()
store_ms=()
process_ms=()
for i in 1 2 3; do
  rm -f "$work/grow.db"*
  cp "$work/big.db" "$work/grow.db"
  t0=$(now)
  "$vigil" ingest "$work/more.jsonl" --db "$work/grow.db" --jobs 1 -q --timing 2>"$work/timing"
  t1=$(now)
  rates+=("$(echo "$more / ($t1 - $t0)" | bc -l)")
  # "store thread S s (M ms/article)": the CPU of the thread that writes.
  store_ms+=("$(sed -nE 's/.*store thread [0-9.]+ s \(([0-9.]+) ms.*/\1/p' "$work/timing")")
  # "process P s (Q ms/article)": the CPU of every thread, per article.
  process_ms+=("$(sed -nE 's/.*process [0-9.]+ s \(([0-9.]+) ms.*/\1/p' "$work/timing")")
done
printf "extracted and stored, articles/s (median of 3): %.0f   target >= 1000\n" \
  "$(printf '%s\n' "${rates[@]}" | median)"
printf "store thread CPU, ms/article (median of 3): %s   goal <= 0.3\n" \
  "$(printf '%s\n' "${store_ms[@]}" | median)"
cpu=$(printf '%s\n' "${process_ms[@]}" | median)
printf "all threads' CPU, ms/article (median of 3): %s = %.0f articles per CPU-second   target >= 1000\n" \
  "$cpu" "$(echo "1000 / $cpu" | bc -l)"
