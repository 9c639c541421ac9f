#!/usr/bin/env python3
"""The manual pages say what --help says.

Every paragraph, option, definition and exit code printed by `neurona-cli [VERB] --help` must appear in
neurona-cli.1, and every option and argument of `neurona --help` in neurona.1, word for word once both are
reduced to plain words. groff must also render both pages without a warning.

  check_manpages.py --cli build/app/neurona-cli --man-dir build/app/cli/docgen [--gui build/app/neurona]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

VERBS = ["dataset", "train", "step", "predict", "export", "info"]


def plain(text):
    """Typographic dashes and quotes as ASCII, whitespace collapsed."""
    for c in "\u2010\u2011\u2012\u2013\u2212":
        text = text.replace(c, "-")
    for c in "\u2018\u2019\u00b4`":
        text = text.replace(c, "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


def render(page):
    """The page as plain text, on lines too long to wrap; fails on any groff warning."""
    warn = subprocess.run(["groff", "-man", "-ww", "-z", page], capture_output=True, text=True)
    if warn.returncode != 0 or warn.stderr.strip():
        sys.exit(f"{page}: groff warnings:\n{warn.stderr}")
    out = subprocess.run(["groff", "-man", "-Tutf8", "-rLL=2000n", "-P-cbou", page],
                         capture_output=True, text=True, check=True, env={**os.environ, "LC_ALL": "C.UTF-8"})
    return plain(out.stdout)


def blocks(help_text):
    """The help text cut into what must be found in the manual: paragraphs (lines at column 0, joined)
    and list items ("  term   meaning", continued on lines indented deeper), leaving out the Usage
    line(s) at the top and headings such as "Options:"."""
    found, kind = [], None  # kind of the block being read: "paragraph", "item" or None
    lines = help_text.splitlines()
    i = 0
    while i < len(lines) and (lines[i].startswith("Usage:") or lines[i].startswith(" " * 8)):
        i += 1  # the synopsis, checked on its own
    for line in lines[i:]:
        if not line.strip() or re.fullmatch(r"[A-Z][a-z]+:", line):
            kind = None
        elif line.startswith("   ") and kind == "item":
            found[-1].append(line)
        elif line.startswith("  ") and not line.startswith("   "):
            found.append([line])
            kind = "item"
        elif not line.startswith(" ") and kind == "paragraph":
            found[-1].append(line)
        elif not line.startswith(" "):
            found.append([line])
            kind = "paragraph"
        else:
            raise SystemExit(f"unexpected indented line: {line!r}")
    return [plain(" ".join(b)) for b in found]


def check(name, help_text, manual, counts, errors):
    """Each block of the help in the manual; counts[0] is the number of checks made."""
    for block in blocks(help_text):
        if block.startswith("Exit codes:"):
            codes = re.findall(r"(\d) (.+?)[,.](?= \d |$)", block[len("Exit codes:"):].strip())
            if not codes:
                errors.append(f"{name}: cannot read the exit codes in {block!r}")
            for code, meaning in codes:
                counts[0] += 1
                if f"{code} {meaning}" not in manual:
                    errors.append(f"{name}: exit code {code} '{meaning}' is not in the manual")
            continue
        counts[0] += 1
        if block not in manual:
            errors.append(f"{name}: not in the manual: {block!r}")


def cli_help(cli, args):
    out = subprocess.run([cli, *args], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{cli} {' '.join(args)} exited with {out.returncode}: {out.stderr}")
    return out.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--man-dir", required=True)
    ap.add_argument("--gui")
    a = ap.parse_args()
    errors, counts = [], [0]

    manual = render(os.path.join(a.man_dir, "neurona-cli.1"))
    for verb in [None] + VERBS:
        args = ([verb] if verb else []) + ["--help"]
        text = cli_help(a.cli, args)
        check("neurona-cli " + " ".join(args), text, manual, counts, errors)
        if verb:
            # The verb's synopsis, as --help prints it after "Usage: neurona-cli VERB".
            usage = plain(text.split("\n\n", 1)[0])
            counts[0] += 1
            if usage.replace("Usage: ", "", 1) not in manual:
                errors.append(f"neurona-cli {verb}: synopsis not in the manual: {usage!r}")
    for verb in VERBS:  # every verb has a section
        counts[0] += 1
        if not re.search(rf"\b{verb} - ", manual):
            errors.append(f"neurona-cli.1 has no section for {verb}")

    if a.gui:
        gui_manual = render(os.path.join(a.man_dir, "neurona.1"))
        with tempfile.TemporaryDirectory() as config:
            # A clean settings folder and the C locale: the help in English, whatever was saved.
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C", "LANGUAGE": "", "LANG": "C",
                   "XDG_CONFIG_HOME": config}
            out = subprocess.run([a.gui, "--help"], capture_output=True, text=True, env=env)
        if out.returncode != 0:
            sys.exit(f"{a.gui} --help exited with {out.returncode}: {out.stderr}")
        check("neurona --help", out.stdout, gui_manual, counts, errors)
        synopsis = plain(out.stdout.splitlines()[0]).split(" ", 2)[2]  # after "Usage: PATH"
        counts[0] += 1
        if "neurona " + synopsis not in gui_manual:
            errors.append(f"neurona.1: synopsis 'neurona {synopsis}' is not in the manual")

    for e in errors:
        print(e)
    print(f"{counts[0] - len(errors)} passed, {len(errors)} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
