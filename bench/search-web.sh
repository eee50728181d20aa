#!/usr/bin/env sh
# Browser-search benchmark: builds synthetic corpora with pmkb and measures the exported index
# (bench/search-web.mjs); runs Pagefind on the same site when npm can install it.
#   bench/search-web.sh [sizes...]      default: 1000 10000; work folder: $PMKB_BENCH_DIR or /tmp/pmkb-bench
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
work=${PMKB_BENCH_DIR:-/tmp/pmkb-bench}
gen=${PMKB_GEN_CORPUS:-$here/../shared/tools/gen-corpus.py}
[ -f "$gen" ] || gen=/work/shared/tools/gen-corpus.py
sizes=${*:-1000 10000}
mkdir -p "$work"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), node $(node --version)"
for n in $sizes; do
  kb="$work/c$n"
  if [ ! -d "$kb/content" ]; then python3 "$gen" --count "$n" --seed 7 --out "$kb/content" > /dev/null; fi
  printf 'site.title=Bench\nsite.baseurl=/\ntheme=default\ncontent.folder=content\n' > "$kb/site.properties"
  rm -rf "$kb/themes" && cp -r "$here/themes" "$kb/themes"
  if [ ! -f "$kb/_site/search/manifest.json" ] || [ -n "$REBUILD" ]; then
    start=$(date +%s)
    "$here/pmkb" build --source "$kb" --output "$kb/_site" > "$kb/build.log" 2>&1 || { tail -3 "$kb/build.log"; exit 1; }
    echo "built $n postmortems in $(( $(date +%s) - start )) s"
  fi
  echo "== $n postmortems: pmkb =="
  echo "files in search/: $(find "$kb/_site/search" -type f | wc -l), $(du -sh "$kb/_site/search" | cut -f1)"
  node "$here/bench/search-web.mjs" "$kb/_site"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    # Query time inside Chromium: the same engine on the same files, timed by the page itself.
    cp "$here/bench/search-time.html" "$kb/_site/js/"
    [ -f "$work/test-classpath" ] || (cd "$here" && ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$work/test-classpath" > /dev/null)
    port=$((20000 + $$ % 10000))
    (cd "$kb/_site" && exec python3 -m http.server "$port" --bind 127.0.0.1 > /dev/null 2>&1) &
    server=$!
    sleep 1
    java -cp "$(cat "$work/test-classpath")" "$here/bench/ChromiumTiming.java" "http://127.0.0.1:$port/js/search-time.html" 2> /dev/null || true
    kill "$server"
    rm -f "$kb/_site/js/search-time.html"
  fi
  if command -v npx > /dev/null && [ -z "$NO_PAGEFIND" ]; then
    echo "== $n postmortems: Pagefind (npx pagefind@1.6.0) =="
    rm -rf "$kb/_site/pagefind"
    if timeout 900 npx -y pagefind@1.6.0 --site "$kb/_site" > "$kb/pagefind.log" 2>&1; then
      node "$here/bench/pagefind-bytes.mjs" "$kb/_site/pagefind"
    else
      echo "pagefind did not run: $(tail -1 "$kb/pagefind.log")"
    fi
  fi
done
