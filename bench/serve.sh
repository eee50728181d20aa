#!/usr/bin/env bash
# Save-to-served latency of `pmkb serve` on a synthetic corpus (see ServeLatency for the method).
#   bench/serve.sh [COUNT] [EDITS] [MODE]     default: 10000 postmortems, 20 edits, mode settle
# MODE settle waits for the whole update after each edit; same does so editing one file every time;
# busy edits again as soon as the page is served (the index is rebuilt in the background meanwhile).
# The corpus is generated once into target/bench/serve-COUNT (seed 1) and edited in place;
# delete that folder to start from pristine files. Its site.properties and themes/ are copied from
# the checkout on every run (edits to them there are lost). JVM options: PMKB_JAVA_OPTS (default -Xmx4g).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
edits=${2:-20}
mode=${3:-settle}
# COUNT names the folder the script deletes in and copies into: a number only.
[[ $count =~ ^[0-9]+$ ]] || { echo "bench/serve.sh: COUNT must be a number, got '$count'" >&2; exit 2; }
shared=${PMKB_SHARED:-../shared}
dir=target/bench/serve-$count
if [ ! -d "$dir/content" ]; then
  mkdir -p "$dir"
  python3 "$shared/tools/gen-corpus.py" --count "$count" --seed 1 --out "$dir/content" --quiet
fi
# The configuration and theme of this checkout, every run: a kept corpus must not keep old templates.
cp site.properties "$dir/"
rm -rf "$dir/themes"
cp -r themes "$dir/"
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
# shellcheck disable=SC2086
exec java ${PMKB_JAVA_OPTS:--Xmx4g} -cp "target/classes:target/test-classes:$(cat target/bench/classpath.txt)" \
  io.github.pmkb.bench.ServeLatency "$dir" "$edits" "$mode"
