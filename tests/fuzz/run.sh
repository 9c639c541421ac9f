#!/usr/bin/env bash
# Runs every libFuzzer harness built in BUILD_DIR for SECONDS each, JOBS harnesses at a time, on a scratch
# copy of its seed corpus plus its past crash inputs (tests/fuzz/corpus/NAME, tests/fuzz/regressions/NAME).
# Prints the executions per harness; exits non-zero when a harness crashed, hung or ran out of memory
# (the input is kept in BUILD_DIR/crashes/NAME-*).
#   tests/fuzz/run.sh build-fuzz 30 2        (what `make fuzz FUZZ_SECONDS=30` runs)
set -uo pipefail
build=${1:?build dir}
seconds=${2:-30}
jobs=${3:-1}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$build/crashes" # copy a crash input to tests/fuzz/regressions/NAME before running again
mkdir -p "$build/crashes" "$build/fuzz-logs"

run_one() {
  local exe=$1 name corpus log
  name=$(basename "$exe")
  name=${name#fuzz_}
  corpus="$build/corpus-$name"
  log="$build/fuzz-logs/$name.log"
  rm -rf "$corpus"
  mkdir -p "$corpus"
  cp "$here/corpus/$name"/* "$corpus"/ 2>/dev/null
  if [ -d "$here/regressions/$name" ]; then
    find "$here/regressions/$name" -maxdepth 1 -type f ! -name README.md -exec cp {} "$corpus"/ \;
  fi
  "$exe" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/crashes/$name-" "$corpus" >"$log" 2>&1
  local status=$?
  local execs
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "fuzz_$name: ${execs:-?} executions in $seconds s, corpus $(find "$corpus" -type f | wc -l) inputs, exit $status"
  if [ $status -ne 0 ]; then
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5
    return 1
  fi
}
export -f run_one
export build seconds here

status=0
find "$build/tests/fuzz" -maxdepth 1 -name 'fuzz_*' -type f -executable | sort | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {} || status=1
if ls "$build"/crashes/* >/dev/null 2>&1; then
  echo "crash inputs:"
  ls -l "$build"/crashes/
  status=1
fi
exit $status
