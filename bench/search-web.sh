#!/usr/bin/env bash
# Browser-search benchmark (issue 16): bench/search-web.sh [N...]   (default: 1000 10000)
#
# For each N: the synthetic corpus (../shared/tools/gen-corpus.py --count N --seed 1, as
# bench/build.sh makes it) built by pmkb, then Pagefind 1.x (npm) run on the same built site
# (incident pages only) with its default UI on a page of its own. A local HTTP/2 server
# (bench/serve-ranges.mjs: ranges answered with 206, text gzipped, as GitHub Pages serves) serves
# the site, and headless Chromium (bench/ChromiumTiming.java, Selenium + DevTools) loads both
# search pages cold for each query, taking turns: bytes of every response from DevTools, time to first
# results with 100 ms latency and 10 Mbit/s, the filter panel's bytes and warm query times.
#
# Environment: WORK (target/bench), QUERIES (queries per set, 10; at most 20), REBUILD=1 (build
# the site again), NO_PAGEFIND=1.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
gen="$repo/../shared/tools/gen-corpus.py"
work=${WORK:-$repo/target/bench}
[ $# -gt 0 ] || set -- 1000 10000
[ -f "$gen" ] || { echo "bench: $gen not found (needs ../shared)" >&2; exit 2; }
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || { echo "bench: needs chromium and chromium-driver" >&2; exit 2; }
command -v node >/dev/null || { echo "bench: needs node" >&2; exit 2; }
mkdir -p "$work"
./mvnw -q -B -DskipTests package >&2
[ -f "$work/test-classpath" ] || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/test-classpath" >&2
[ -f "$work/bench-key.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=127.0.0.1 \
  -keyout "$work/bench-key.pem" -out "$work/bench-cert.pem" 2>/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(chromium --version 2>/dev/null | head -1), node $(node --version); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "$@"; do
  kb="$work/kb-$n"
  site="$work/site-$n"
  if [ ! -d "$kb/content" ]; then
    mkdir -p "$kb"
    python3 "$gen" --count "$n" --seed 1 --out "$kb/content" >/dev/null
  fi
  if [ ! -f "$site/search/manifest.json" ] || [ -n "${REBUILD:-}" ]; then
    rm -rf "$kb/themes"; cp -r themes "$kb/themes"
    printf 'site.title=Bench %s\n' "$n" >"$kb/site.properties"
    start=$(date +%s)
    ./pmkb build --source "$kb" --output "$site" -q >"$work/build-$n.log" 2>&1 || { tail -3 "$work/build-$n.log"; exit 1; }
    echo "built $n postmortems in $(( $(date +%s) - start )) s"
  fi
  echo "== $n postmortems: search/ holds $(find "$site/search" -type f | wc -l) files, $(du -sh "$site/search" | cut -f1), largest $(find "$site/search" -type f -printf '%s\n' | sort -n | tail -1 | awk '{printf "%.1f MB", $1/1048576}')"
  pf=""
  if [ -z "${NO_PAGEFIND:-}" ]; then
    if [ ! -f "$site/pagefind/pagefind-ui.js" ] || [ -n "${REBUILD:-}" ]; then
      rm -rf "$site/pagefind"
      start=$(date +%s)
      if timeout 1800 npx -y pagefind@1 --site "$site" --glob "incidents/**/*.html" >"$work/pagefind-$n.log" 2>&1; then
        echo "pagefind $(npx -y pagefind@1 --version 2>/dev/null | tail -1) indexed $n pages in $(( $(date +%s) - start )) s"
      else
        echo "pagefind did not run: $(tail -1 "$work/pagefind-$n.log")"
      fi
    fi
    if [ -f "$site/pagefind/pagefind-ui.js" ]; then
      pf=pagefind
      cat >"$site/pagefind-search.html" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagefind</title><link rel="stylesheet" href="pagefind/pagefind-ui.css"><script src="pagefind/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main><script>
window.addEventListener("DOMContentLoaded", () => {
  const ui = new PagefindUI({ element: "#search", showSubResults: false });
  const q = new URLSearchParams(location.search).get("q");
  if (q) ui.triggerSearch(q);
});
</script></body></html>
HTML
    fi
  fi
  port_file=$(mktemp)
  : >"$work/served-$n.log"
  node bench/serve-ranges.mjs "$site" "$work/bench-key.pem" "$work/bench-cert.pem" "$work/served-$n.log" >"$port_file" &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
  url="https://127.0.0.1:$(cat "$port_file")/"
  java -cp "$(cat "$work/test-classpath")" bench/ChromiumTiming.java "$url" "pmkb${pf:+,$pf}" "$work/served-$n.log" \
    2>>"$work/chromium-$n.err" | tee "$work/timing-$n.txt"
  grep '^pmkb ' "$work/timing-$n.txt" >"$work/pmkb-$n.txt" || true
  grep '^pagefind ' "$work/timing-$n.txt" >"$work/pagefind-$n.txt" || true
  kill $server; trap - EXIT; rm -f "$port_file"
  if [ -n "$pf" ]; then
    # One table: pmkb beside Pagefind, and their ratio.
    awk -v n="$n" '
      FNR == 1 { sys = (FILENAME ~ /pagefind-/) ? "pf" : "pm" }
      $2 == "init" { v[sys, "init KB"] = $3 }
      $2 == "1word" { v[sys, "1 word KB (median)"] = $5; v[sys, "1 word KB (max)"] = $8; v[sys, "1 word first results ms (median)"] = $13; v[sys, "1 word requests (median)"] = $20 + 0 }
      $2 == "2words" { v[sys, "2 words KB (median)"] = $5; v[sys, "2 words KB (max)"] = $8; v[sys, "2 words first results ms (median)"] = $13; v[sys, "2 words requests (median)"] = $20 + 0 }
      END {
        printf "| %s postmortems | pmkb | Pagefind | pmkb / Pagefind |\n|---|---|---|---|\n", n
        split("init KB|1 word KB (median)|1 word KB (max)|2 words KB (median)|2 words KB (max)|1 word first results ms (median)|2 words first results ms (median)|1 word requests (median)|2 words requests (median)", rows, "|")
        for (i = 1; i <= 9; i++) { r = rows[i]; a = v["pm", r]; b = v["pf", r]; printf "| %s | %s | %s | %s |\n", r, a, b, (b > 0 ? sprintf("%.2f", a / b) : "") }
      }' "$work/pmkb-$n.txt" "$work/pagefind-$n.txt"
  fi
done
