#!/usr/bin/env bash
# Build-speed benchmark (issue 9): bench/build.sh [N...]   (default: 1000)
#
# For each N, generates the synthetic corpus with ../shared/tools/gen-corpus.py --count N --seed 1,
# builds it with pmkb RUNS times (default 3) and prints wall time (median, min, max), peak RSS
# (/usr/bin/time), CPU seconds of the median run (user + system: on a busy machine it moves less
# than wall time), output files and MB, and pmkb's own per-stage --timings (median run).
# When hugo is installed it builds the same corpus with the minimal site in bench/hugo/, alternating
# runs with pmkb, and prints the ratio pmkb/Hugo.
#
# Environment: RUNS (3), WORK (target/bench), PMKB_JAVA_OPTS (passed to the launcher).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
gen="$repo/../shared/tools/gen-corpus.py"
work=${WORK:-$repo/target/bench}
runs=${RUNS:-3}
[ $# -gt 0 ] || set -- 1000
[ -f "$gen" ] || { echo "bench: $gen not found (needs ../shared)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time not found (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"
./mvnw -q -B -DskipTests package >&2
have_hugo=0; command -v hugo >/dev/null 2>&1 && have_hugo=1

# run TOOL LABEL CMD... : appends "wall_s rss_kb" to $work/LABEL.times
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/$label.last" "$@" >"$work/$label.out" 2>"$work/$label.err" || {
    echo "bench: $label failed, see $work/$label.err" >&2; exit 1; }
  cat "$work/$label.last" >>"$work/$label.times"
}

stats() { # file -> "median min max maxrss median_cpu" (cpu: user + system seconds of the median-wall run)
  sort -n "$1" | awk '{w[NR]=$1; c[NR]=$3+$4; if ($2>m) m=$2} END {i=int((NR+1)/2); printf "%.2f %.2f %.2f %d %.1f", w[i], w[1], w[NR], m, c[i]}'
}

printf '%-7s %-6s %9s %8s %8s %8s %10s %8s %8s\n' N tool median_s min_s max_s cpu_s peak_MB files MB
for n in "$@"; do
  kb="$work/kb-$n"
  if [ ! -d "$kb/content" ]; then
    mkdir -p "$kb"
    python3 "$gen" --count "$n" --seed 1 --out "$kb/content" >/dev/null
  fi
  rm -rf "$kb/themes"; cp -r "$repo/themes" "$kb/themes"
  printf 'site.title=Bench %s\n' "$n" >"$kb/site.properties"
  if [ $have_hugo = 1 ]; then
    hs="$work/hugo-$n"
    if [ ! -d "$hs/content" ]; then mkdir -p "$hs"; cp -r "$kb/content" "$hs/content"; fi
    rm -rf "$hs/layouts"; cp -r bench/hugo/layouts "$hs/layouts"; cp bench/hugo/config.toml "$hs/config.toml"
    mkdir -p "$hs/static/css"; cp themes/default/static/css/site.css "$hs/static/css/"
  fi
  rm -f "$work"/pmkb-$n.times "$work"/hugo-$n.times "$work"/pmkb-$n.timings
  for r in $(seq "$runs"); do
    measure "pmkb-$n" ./pmkb build --source "$kb" --output "$work/site-$n" --timings -q
    grep -E '^  [a-z+]' "$work/pmkb-$n.out" | sed "s/^/$r /" >>"$work/pmkb-$n.timings" || true
    if [ $have_hugo = 1 ]; then
      measure "hugo-$n" hugo --quiet --source "$hs" --destination "$work/hugo-site-$n" --cleanDestinationDir
    fi
  done
  read -r med min max rss cpu <<<"$(stats "$work/pmkb-$n.times")"
  files=$(find "$work/site-$n" -type f | wc -l); mb=$(du -sm "$work/site-$n" | cut -f1)
  printf '%-7s %-6s %9s %8s %8s %8s %10d %8d %8d\n' "$n" pmkb "$med" "$min" "$max" "$cpu" $((rss / 1024)) "$files" "$mb"
  pm=$med
  if [ $have_hugo = 1 ]; then
    read -r med min max rss cpu <<<"$(stats "$work/hugo-$n.times")"
    files=$(find "$work/hugo-site-$n" -type f | wc -l); mb=$(du -sm "$work/hugo-site-$n" | cut -f1)
    printf '%-7s %-6s %9s %8s %8s %8s %10d %8d %8d\n' "$n" hugo "$med" "$min" "$max" "$cpu" $((rss / 1024)) "$files" "$mb"
    awk -v a="$pm" -v b="$med" 'BEGIN {printf "%-7s ratio pmkb/hugo = %.2f\n", "", a / b}'
  fi
  echo "        pmkb stages (median over runs, ms):"
  awk '{gsub(/ ms/, ""); print $2, $3}' "$work/pmkb-$n.timings" | sort -k1,1 -k2,2n |
    awk '{v[$1]=v[$1]" "$2; c[$1]++} END {for (k in v) {split(substr(v[k],2), a, " "); printf "          %-14s %9.1f\n", k, a[int((c[k]+1)/2)]}}' | sort
done
