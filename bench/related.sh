#!/usr/bin/env bash
# Time of related incidents alone, over an index already built (see RelatedProfile).
#   bench/related.sh INDEX_DIR [ROUNDS]     e.g. a knowledge base's target/pmkb-cache/index; 5 rounds
# Each round prints its wall time and the process's CPU time, and a hash of the lists, which must
# be the same in every round. JVM options: PMKB_JAVA_OPTS (default -Xmx4g).
set -euo pipefail
index=$(cd "${1:?usage: bench/related.sh INDEX_DIR [ROUNDS]}" && pwd)
rounds=${2:-5}
[[ $rounds =~ ^[0-9]+$ ]] || { echo "bench/related.sh: ROUNDS must be a number, got '$rounds'" >&2; exit 2; }
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
# shellcheck disable=SC2086
exec java ${PMKB_JAVA_OPTS:--Xmx4g} -cp "target/classes:target/test-classes:$(cat target/bench/classpath.txt)" \
  io.github.pmkb.index.RelatedProfile "$index" "$rounds"
