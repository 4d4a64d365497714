#!/usr/bin/env bash
# Runs every libFuzzer binary built in BUILD_DIR/fuzz for SECONDS seconds
# each, seeded from tests/corpus/ingest and tests/corpus/html (when present).
# New inputs go to a scratch corpus removed afterwards; crash, leak and
# timeout inputs are kept in BUILD_DIR/fuzz/artifacts/<fuzzer>/.
# Exits non-zero when any fuzzer fails.
#
#   usage: fuzz/run.sh BUILD_DIR SECONDS [MAX_LEN]
set -uo pipefail

build=${1:?usage: fuzz/run.sh BUILD_DIR SECONDS [MAX_LEN]}
seconds=${2:?usage: fuzz/run.sh BUILD_DIR SECONDS [MAX_LEN]}
max_len=${3:-65536}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

mapfile -t fuzzers < <(find "$build/fuzz" -maxdepth 1 -type f -name '*_fuzzer' -perm -u+x | sort)
if [ "${#fuzzers[@]}" -eq 0 ]; then
  echo "fuzz/run.sh: no *_fuzzer binaries in $build/fuzz (configure with -DVIGIL_FUZZ=ON)" >&2
  exit 2
fi

seeds=()
for dir in tests/corpus/ingest tests/corpus/html; do
  [ -d "$root/$dir" ] && seeds+=("$root/$dir")
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0
for fuzzer in "${fuzzers[@]}"; do
  name=$(basename "$fuzzer")
  artifacts="$build/fuzz/artifacts/$name"
  mkdir -p "$artifacts" "$scratch/$name"
  log="$scratch/$name.log"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$fuzzer" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$scratch/$name" "${seeds[@]}" >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
  if [ "$rc" -eq 0 ]; then
    echo "$name: ok, ${runs:-?} runs, ${speed:-?} exec/s, ${cov:-cov: ?}"
  else
    failed=1
    echo "$name: FAILED (exit $rc); artifacts in $artifacts" >&2
    grep -E 'ERROR|runtime error|SUMMARY|Test unit written' "$log" | head -20 >&2
  fi
done
exit "$failed"
