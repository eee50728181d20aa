#!/usr/bin/env bash
# Extraction accuracy on the own-words held-out set (issue 18): bench/heldout.sh [--list]
#
# src/test/resources/heldout holds postmortems written for this project in many shapes, labelled
# by reading (labels.jsonl, same keys and rules as ../shared/docs/LABELS.md) before pmkb was run
# on them. This runs `pmkb inspect --json` over them and scores the output with
# ../shared/tools/accuracy-eval.py; --list also prints every miss. The real-set figures that
# bench/accuracy.sh prints are the ones to compare with: a field that scores well there and
# badly here points at a rule tuned to one set. Skips with a message without ../shared.
# Not a test: src/test/.../extract/HeldOutFactsTest holds a floor on this set without ../shared.
#
# Environment: WORK (target/heldout), PMKB_JAVA_OPTS (passed to java).
set -euo pipefail
cd "$(dirname "$0")/.."
set_dir=src/test/resources/heldout
eval_py=../shared/tools/accuracy-eval.py
if [ ! -f "$eval_py" ]; then
  echo "bench/heldout.sh: skipped: ../shared/tools/accuracy-eval.py not found beside the repository" >&2
  exit 0
fi
command -v python3 >/dev/null 2>&1 || { echo "bench/heldout.sh: skipped: python3 not found" >&2; exit 0; }
list=()
[ "${1:-}" = "--list" ] && list=(--list)
work=${WORK:-target/heldout}
rm -rf "$work"
mkdir -p "$work"
if [ ! -f target/pmkb.jar ] || [ -n "$(find src/main themes pom.xml -newer target/pmkb.jar -print 2>/dev/null | head -n 1)" ]; then
  ./mvnw -q -B -DskipTests package >&2
fi
# shellcheck disable=SC2086
java ${PMKB_JAVA_OPTS:-} -jar target/pmkb.jar inspect --json "$set_dir" >"$work/heldout.jsonl"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
echo "== held-out own-words postmortems ($(find "$set_dir" -name '*.md' | wc -l) files)"
python3 "$eval_py" "$work/heldout.jsonl" "$set_dir/labels.jsonl" "${list[@]}" || true
