#!/usr/bin/env bash
# Extraction accuracy (issue 18): bench/accuracy.sh [--list]
#
# Runs `pmkb inspect --json` over the real postmortems (../shared/corpus/real) and the seeds
# (../shared/seeds, copied to a scratch folder as NAME.md, since ids are file names without
# extension) and prints the scorer's tables (../shared/tools/accuracy-eval.py): the real corpus
# with one line per kind of postmortem, then the seeds. --list also prints every miss.
# Not a test: src/test/.../extract/AccuracyFloorTest holds the floors of the default suite.
#
# Environment: WORK (target/accuracy), PMKB_JAVA_OPTS (passed to java).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
eval_py=$shared/tools/accuracy-eval.py
if [ ! -f "$eval_py" ] || [ ! -d "$shared/corpus/real" ] || [ ! -d "$shared/labels" ]; then
  echo "bench/accuracy.sh: skipped: $shared (corpus, labels and accuracy-eval.py) not found beside the repository" >&2
  exit 0
fi
command -v python3 >/dev/null 2>&1 || { echo "bench/accuracy.sh: skipped: python3 not found" >&2; exit 0; }
list=()
[ "${1:-}" = "--list" ] && list=(--list)
work=${WORK:-target/accuracy}
rm -rf "$work"
mkdir -p "$work/seeds"
if [ ! -f target/pmkb.jar ] || [ -n "$(find src/main pom.xml -newer target/pmkb.jar -print 2>/dev/null | head -n 1)" ]; then
  ./mvnw -q -B -DskipTests package >&2
fi
for s in "$shared"/seeds/*; do
  name=$(basename "$s")
  cp "$s" "$work/seeds/${name%.*}.md"
done
# shellcheck disable=SC2086
java ${PMKB_JAVA_OPTS:-} -jar target/pmkb.jar inspect --json "$shared/corpus/real" >"$work/real.jsonl"
# shellcheck disable=SC2086
java ${PMKB_JAVA_OPTS:-} -jar target/pmkb.jar inspect --json "$work/seeds" >"$work/seeds.jsonl"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
echo "== real postmortems ($(find "$shared/corpus/real" -name '*.md' | wc -l) files), by kind below"
python3 "$eval_py" "$work/real.jsonl" "$shared/labels/real.jsonl" --kinds "$shared/corpus/real/SOURCES.tsv" "${list[@]}" || true
echo
echo "== seeds ($(find "$work/seeds" -name '*.md' | wc -l) files)"
python3 "$eval_py" "$work/seeds.jsonl" "$shared/labels/seeds.jsonl" "${list[@]}" || true
