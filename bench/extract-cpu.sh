#!/usr/bin/env bash
# Extraction CPU (issue 18): bench/extract-cpu.sh [DIR...] [--rounds N] [--warmup N]
#
# The thread CPU time of the extract stage alone (io.github.pmkb.extract.ExtractionCpu in the test
# classes): every file is parsed once, then extracted in warm-up and measured rounds. Default
# corpus: ../shared/corpus/real and ../shared/seeds. A synthetic corpus for scale comes from
# ../shared/tools/gen-corpus.py --count 1000 --seed 1 --out DIR. Compare CPU, not wall time, when
# the machine is busy; the load is printed with the figures.
#
# Environment: CLASSES (default target/classes: point it at a saved copy to measure an older build),
# PMKB_JAVA_OPTS (passed to java, e.g. a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d target/lib ] || [ ! -d target/test-classes ] || [ -n "$(find src pom.xml -newer target/pmkb.jar -print 2>/dev/null | head -n 1)" ]; then
  ./mvnw -q -B -DskipTests package >&2
fi
args=("$@")
if [ "${#args[@]}" -eq 0 ] || [[ "${args[0]}" == --* ]]; then
  if [ ! -d ../shared/corpus/real ]; then
    echo "bench/extract-cpu.sh: skipped: no folder given and ../shared/corpus/real not found" >&2
    exit 0
  fi
  args=(../shared/corpus/real ../shared/seeds "${args[@]}")
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
# shellcheck disable=SC2086
java ${PMKB_JAVA_OPTS:-} -cp "target/test-classes:${CLASSES:-target/classes}:target/lib/*" io.github.pmkb.extract.ExtractionCpu "${args[@]}"
