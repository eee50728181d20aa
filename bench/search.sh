#!/bin/sh
# Search latency benchmark (not a test): generates a synthetic knowledge base once with
# ../shared/tools/gen-corpus.py, builds its index, and prints the median and p95 latency of
# 100 pmkb-style searches (top 10 + facet counts + snippets) after 30 warm-up queries.
#
#   bench/search.sh [COUNT]      (default 10000; corpus kept in target/bench-COUNT)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
kb="$here/target/bench-$count"
cd "$here"
if [ ! -d "$kb/content" ]; then
  echo "generating $count postmortems into $kb ..." >&2
  python3 ../shared/tools/gen-corpus.py --count "$count" --seed 7 --out "$kb/content" --quiet
fi
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
echo "machine: $(nproc) cores, $(uname -m), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec java ${PMKB_JAVA_OPTS:--Xmx4g} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  io.github.pmkb.bench.SearchBenchmark "$kb"
