#!/usr/bin/env bash
# The bash completion of neurona-cli offers what the CLI's --help lists: the verbs, each verb's flags,
# the --format values and the dataset generators; and files by extension for operands and file options.
#   check_completion.sh path/to/neurona-cli path/to/completion-script
set -uo pipefail
cli=$1
script=$2
# shellcheck source=/dev/null
source "$script" || { echo "cannot source $script"; exit 1; }

passed=0 failed=0
# What the completion offers for the words given (the last one is being completed), sorted, one line.
offer() {
  COMP_WORDS=(neurona-cli "$@")
  COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
  COMP_LINE="${COMP_WORDS[*]}"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _neurona_cli
  printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort -u | tr '\n' ' ' | sed 's/ $//'
}
expect() { # expect WHAT EXPECTED ACTUAL
  if [[ $2 == "$3" ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'FAIL %s\n  expected: %s\n  offered:  %s\n' "$1" "$2" "$3"
  fi
}
sorted() { tr ' ' '\n' | sed '/^$/d' | sort -u | tr '\n' ' ' | sed 's/ $//'; }

verbs="dataset train sweep step predict export info"
expect "verbs and general options" "$(echo "$verbs --help --version" | sorted)" "$(offer '')"
expect "verbs starting with t" "train" "$(offer t)"
for verb in $verbs; do
  # The flags that `neurona-cli VERB --help` lists (its option lines, "  --name ..."), and --help.
  flags=$("$cli" "$verb" --help | sed -n 's/^  \(--[a-z-]*\).*/\1/p' | tr '\n' ' ')
  expect "flags of $verb" "$(echo "$flags --help" | sorted)" "$(offer "$verb" --)"
done
expect "flags after an operand" "$(echo "--epochs --seed --out --history --quiet --help" | sorted)" \
  "$(offer train p.neurona --)"
formats=$("$cli" export --help | sed -n 's/.*--format \([a-z|-]*\).*/\1/p' | head -n 1 | tr '|' ' ')
expect "--format values" "$(echo "$formats" | sorted)" "$(offer export m.json --format '')"
expect "--format=values" "$(echo "$formats" | sorted)" "$(offer export m.json --format = '')"
expect "--format prefix" "numpy numpy-train" "$(offer export m.json --format nu)"
generators=$("$cli" dataset --help | tr '\n' ' ' | sed -n 's/.*Generators: \(.*\) (regression)\..*/\1/p' |
  sed 's/([a-z, ]*);//g; s/,//g')
expect "dataset generators" "$(echo "$generators" | sorted)" "$(offer dataset '')"
expect "no value offered for a number" "" "$(offer dataset moons --samples '')"

# Files: operands and file options offer matching files and folders only.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
mkdir sub
touch a.neurona b.csv c.json d.txt
expect "train's project" "a.neurona sub" "$(offer train '')"
expect "predict's model" "c.json sub" "$(offer predict '')"
expect "predict's input after the model" "b.csv sub" "$(offer predict c.json '')"
expect "predict's input after an option" "b.csv sub" "$(offer predict --out x.csv c.json '')"
expect "info's file" "a.neurona c.json sub" "$(offer info '')"
expect "dataset --out" "b.csv sub" "$(offer dataset moons --out '')"
expect "train --history" "b.csv sub" "$(offer train a.neurona --history '')"
expect "sweep's project" "a.neurona sub" "$(offer sweep '')"
expect "sweep --out" "b.csv sub" "$(offer sweep a.neurona --out '')"
expect "sweep --images" "a.neurona b.csv c.json d.txt sub" "$(offer sweep a.neurona --images '')"
expect "nothing after info's file" "" "$(offer info c.json '')"
expect "step's project" "a.neurona sub" "$(offer step '')"
expect "no value offered for step --sample" "" "$(offer step a.neurona --sample '')"

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
