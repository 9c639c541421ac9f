#!/usr/bin/env bash
# Runs every libFuzzer harness built in BUILD_DIR for SECONDS on average (shared by the weights in
# tests/fuzz/budget), JOBS harnesses at a time, on a scratch
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

# This harness's share of the budget: SECONDS × weight × harnesses / total weight, at least 5 s.
share() {
  local name=$1
  awk -v name="$name" -v seconds="$seconds" -v count="$count" '
    /^[[:space:]]*(#|$)/ { next }
    { weight[$1] = $2 }
    END {
      total = 0
      for (i = 1; i <= count; i++) { n = ENVIRON["HARNESS_" i]; total += (n in weight) ? weight[n] : 1 }
      w = (name in weight) ? weight[name] : 1
      s = int(seconds * w * count / total + 0.5)
      print (s < 5 ? 5 : s)
    }' "$here/budget"
}

run_one() {
  local exe=$1 name corpus log budget
  name=$(basename "$exe")
  name=${name#fuzz_}
  budget=$(share "$name")
  corpus="$build/corpus-$name"
  log="$build/fuzz-logs/$name.log"
  rm -rf "$corpus"
  mkdir -p "$corpus"
  cp "$here/corpus/$name"/* "$corpus"/ 2>/dev/null
  if [ -d "$here/regressions/$name" ]; then
    find "$here/regressions/$name" -maxdepth 1 -type f ! -name README.md -exec cp {} "$corpus"/ \;
  fi
  "$exe" -max_total_time="$budget" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/crashes/$name-" "$corpus" >"$log" 2>&1
  local status=$?
  local execs
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "fuzz_$name: ${execs:-?} executions in $budget s, corpus $(find "$corpus" -type f | wc -l) inputs, exit $status"
  if [ $status -ne 0 ]; then
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5
    return 1
  fi
}
export -f run_one share
harnesses=$(find "$build/tests/fuzz" -maxdepth 1 -name 'fuzz_*' -type f -executable | sort)
count=0
for exe in $harnesses; do
  count=$((count + 1))
  n=$(basename "$exe")
  export "HARNESS_$count=${n#fuzz_}"
done
export build seconds here count

status=0
# The longest first, so that the jobs finish together.
for exe in $harnesses; do n=$(basename "$exe"); echo "$(share "${n#fuzz_}") $exe"; done | sort -rn | cut -d' ' -f2 |
  xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {} || status=1
if ls "$build"/crashes/* >/dev/null 2>&1; then
  echo "crash inputs:"
  ls -l "$build"/crashes/
  status=1
fi
exit $status
