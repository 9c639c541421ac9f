#!/usr/bin/env bash
# What CI checks of an installed Neurona: `cmake --install` into a temporary prefix puts every file where
# a desktop expects it; the desktop entry, the AppStream metadata and the MIME type pass their validators;
# the icons have their sizes; the manual pages render without a warning; and the installed neurona-cli
# runs an installed example.
#   tests/install/check_install.sh [BUILD_DIR]      (make install-check)
set -euo pipefail
build=${1:-build}
prefix=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$prefix" "$work"' EXIT

passed=0
ok() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { echo "FAIL $*"; echo "$passed passed, 1 failed"; exit 1; }

cmake --install "$build" --prefix "$prefix" >"$work/install.log" || { cat "$work/install.log"; fail "cmake --install"; }
ok "cmake --install $build --prefix $prefix"

share=$prefix/share
metainfo=("$share"/metainfo/*.metainfo.xml)
[[ ${#metainfo[@]} == 1 && -f ${metainfo[0]} ]] || fail "not one AppStream file in share/metainfo"
appstream_id=$(basename "${metainfo[0]}" .metainfo.xml)
expected=(
  bin/neurona bin/neurona-cli
  share/applications/neurona.desktop
  share/mime/packages/neurona.xml
  "share/metainfo/$appstream_id.metainfo.xml"
  share/icons/hicolor/scalable/apps/neurona.svg
  share/icons/hicolor/scalable/mimetypes/application-x-neurona-project.svg
  share/man/man1/neurona.1.gz share/man/man1/neurona-cli.1.gz
  share/bash-completion/completions/neurona-cli
  share/neurona/examples/tutorial.neurona share/neurona/examples/xor.neurona
  share/neurona/lessons/lessons.json share/neurona/lessons/01-tutorial.neurona
  share/neurona/lessons/01-tutorial.en.html share/neurona/lessons/01-tutorial.es.html
)
sizes=(16 22 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do
  expected+=("share/icons/hicolor/${s}x${s}/apps/neurona.png"
             "share/icons/hicolor/${s}x${s}/mimetypes/application-x-neurona-project.png")
done
for f in "${expected[@]}"; do
  [[ -s $prefix/$f ]] || fail "missing: $f"
done
[[ -x $prefix/bin/neurona && -x $prefix/bin/neurona-cli ]] || fail "the programs are not executable"
ok "${#expected[@]} files in place"
# Every lesson of the index, with its pages and project, is installed.
python3 - "$share/neurona/lessons" <<'PY' || fail "lessons.json names files that are not installed"
import json, os, sys
folder = sys.argv[1]
index = json.load(open(os.path.join(folder, "lessons.json"), encoding="utf-8"))
def names(node):
    if isinstance(node, dict):
        for v in node.values(): yield from names(v)
    elif isinstance(node, list):
        for v in node: yield from names(v)
    elif isinstance(node, str) and node.endswith((".neurona", ".html")):
        yield node
missing = [n for n in names(index) if not os.path.exists(os.path.join(folder, os.path.basename(n)))]
sys.exit(f"missing: {missing}" if missing else 0)
PY
ok "every file of lessons.json is installed"

# The icons have the size of their folder.
for s in "${sizes[@]}"; do
  dims=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' \
    "$share/icons/hicolor/${s}x${s}/apps/neurona.png")
  [[ $dims == "${s}x${s}" ]] || fail "icon ${s}x${s} is $dims"
done
ok "icons at ${sizes[*]}"

desktop-file-validate "$share/applications/neurona.desktop" || fail "desktop-file-validate"
ok "desktop-file-validate"

appstreamcli validate --no-net "$share/metainfo/$appstream_id.metainfo.xml" || fail "appstreamcli validate --no-net"
ok "appstreamcli validate --no-net"

xmllint --noout "$share/mime/packages/neurona.xml" || fail "xmllint (MIME type)"
mkdir -p "$work/mime/packages"
cp "$share/mime/packages/neurona.xml" "$work/mime/packages/"
XDG_DATA_DIRS="$work:/usr/share" update-mime-database "$work/mime" 2>"$work/mime.log" || { cat "$work/mime.log"; fail "update-mime-database"; }
[[ ! -s $work/mime.log ]] || { cat "$work/mime.log"; fail "update-mime-database warnings"; }
grep -q '^[0-9]*:application/x-neurona-project:\*\.neurona$' "$work/mime/globs2" || fail "*.neurona is not mapped"
grep -q 'MimeType=.*application/x-neurona-project;' "$share/applications/neurona.desktop" ||
  fail "the desktop entry does not open application/x-neurona-project"
ok "MIME type application/x-neurona-project for *.neurona (xmllint, update-mime-database)"

for page in neurona neurona-cli; do
  out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
    "$share/man/man1/$page.1.gz" 2>&1 >/dev/null) || fail "man $page"
  [[ -z $out ]] || { echo "$out"; fail "man $page: warnings"; }
  zcat "$share/man/man1/$page.1.gz" | grep -q "^\.SH NAME" || fail "$page.1 has no NAME section"
done
ok "manual pages render without warnings"

bash "$(dirname "$0")/check_completion.sh" "$prefix/bin/neurona-cli" \
  "$share/bash-completion/completions/neurona-cli" >"$work/completion.log" ||
  { cat "$work/completion.log"; fail "bash completion"; }
ok "bash completion: $(tail -1 "$work/completion.log")"

# The installed CLI on an installed example, from another folder.
cli=$prefix/bin/neurona-cli
example=$share/neurona/examples/xor.neurona
cd "$work"
"$cli" --version | grep -q "^neurona-cli [0-9]" || fail "neurona-cli --version"
"$cli" info "$example" >info.txt || fail "neurona-cli info $example"
grep -q "Total parameters" info.txt || fail "neurona-cli info prints no parameter count"
"$cli" train "$example" --epochs 5 --out model.json --history history.csv --quiet >/dev/null || fail "neurona-cli train"
[[ $(wc -l <history.csv) -eq 6 ]] || fail "train --epochs 5 wrote $(wc -l <history.csv) history lines"
"$cli" dataset xor --samples 20 --seed 3 --out points.csv >/dev/null || fail "neurona-cli dataset"
"$cli" predict model.json points.csv --out predictions.csv || fail "neurona-cli predict"
[[ $(wc -l <predictions.csv) -eq 21 ]] || fail "predict wrote $(wc -l <predictions.csv) lines"
"$cli" export model.json --format cpp --out model.h >/dev/null || fail "neurona-cli export"
ok "installed neurona-cli: --version, info, train --epochs 5, dataset, predict, export on $example"

QT_QPA_PLATFORM=offscreen "$prefix/bin/neurona" --version | grep -q "[0-9]" || fail "neurona --version"
ok "installed neurona --version"

echo "$passed passed, 0 failed"
