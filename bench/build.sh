#!/usr/bin/env bash
# Build-speed benchmark (issues 9 and 17): bench/build.sh [N...]   (default: 1000)
#
# For each N, generates the synthetic corpus (../shared/tools/gen-corpus.py --count N --seed 1)
# and, RUNS times (default 3), alternating so that the machine's load falls on all alike:
#   pmkb      a cold build: no build cache (target/pmkb-cache is removed first), site replaced;
#   nocache   (with NOCACHE=1) a build with --no-cache, to compare with the cold build's CPU;
#   edit      (pmkb with its cache) after appending one line to one postmortem, a different one
#             each run (put back afterwards): what a rebuild costs when one file of N changed;
#   hugo      Hugo over the same Markdown with the minimal site in bench/hugo/ (when installed);
#   pagefind  Pagefind 1.x (npm) indexing Hugo's output, as a Hugo site gets search.
# Prints, per tool: wall time (median, min, max), CPU seconds (user + system, median over runs:
# on a busy machine wall time includes waiting for a core, CPU time does not), peak RSS, output
# files and MB; the ratios pmkb/Hugo and pmkb/(Hugo + Pagefind) of median wall and median CPU
# (the sum per run, then the median); and pmkb's stages (median of --timings: wall, CPU, and of
# that CPU the JIT compiler's and the garbage collector's threads). The load average is printed
# before and after: compare CPU seconds when it is high, wall times only from an idle machine.
#
# Environment: RUNS (3), WORK (target/bench), PMKB_JAVA_OPTS (passed to the launcher),
# NO_HUGO=1, NO_PAGEFIND=1, NO_EDIT=1, NOCACHE=1. Pagefind is installed with npm into WORK/npm on first use.
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
have_hugo=0; [ -z "${NO_HUGO:-}" ] && command -v hugo >/dev/null 2>&1 && have_hugo=1
pagefind=
if [ $have_hugo = 1 ] && [ -z "${NO_PAGEFIND:-}" ]; then
  if [ ! -d "$work/npm/node_modules/pagefind" ]; then
    npm install --silent --prefix "$work/npm" pagefind@1 >&2 || echo "bench: could not install pagefind" >&2
  fi
  # The native binary itself: the npm wrapper would add a Node.js start to every run.
  pagefind=$(find "$work/npm/node_modules/@pagefind" -path '*/bin/pagefind*' -type f ! -name '*.sha256' \
    2>/dev/null | sort | head -n 1)
fi

# measure LABEL CMD... : appends "wall_s rss_kb user_s sys_s" to $work/LABEL.times
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/$label.last" "$@" >"$work/$label.out" 2>"$work/$label.err" || {
    echo "bench: $label failed, see $work/$label.err" >&2; exit 1; }
  cat "$work/$label.last" >>"$work/$label.times"
}

median() { sort -n | awk '{v[NR]=$1} END {if (NR) printf "%.2f", v[int((NR+1)/2)]; else printf "-"}'; }

# row N TOOL TIMES-FILE SITE-DIR : one line of the table
row() {
  local n=$1 tool=$2 times=$3 site=$4 files=- mb=-
  local med min max cpu rss
  med=$(cut -d' ' -f1 "$times" | median)
  min=$(cut -d' ' -f1 "$times" | sort -n | head -n 1)
  max=$(cut -d' ' -f1 "$times" | sort -n | tail -n 1)
  cpu=$(awk '{print $3 + $4}' "$times" | median)
  rss=$(awk '$2 > m {m = $2} END {printf "%d", m / 1024}' "$times")
  if [ -n "$site" ] && [ -d "$site" ]; then files=$(find "$site" -type f | wc -l); mb=$(du -sm "$site" | cut -f1); fi
  printf '%-7s %-9s %9s %8s %8s %8s %8s %9s %8s\n' "$n" "$tool" "$med" "$min" "$max" "$cpu" "$rss" "$files" "$mb"
}

# ratio LABEL A-TIMES B-TIMES... : median wall and CPU of A over those of the per-run sums of the Bs
ratio() {
  local label=$1 a=$2; shift 2
  paste -d' ' "$a" "$@" | awk -v k=$# -v label="$label" '
    { wa[NR] = $1; ca[NR] = $3 + $4; wb[NR] = 0; cb[NR] = 0
      for (i = 1; i <= k; i++) { wb[NR] += $(4 * i + 1); cb[NR] += $(4 * i + 3) + $(4 * i + 4) } }
    function med(x, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t }
      return x[int((n + 1) / 2)] }
    END { printf "        ratio %-22s wall %.2f   cpu %.2f\n", label, med(wa, NR) / med(wb, NR), med(ca, NR) / med(cb, NR) }'
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$pagefind" ] && echo "pagefind: $("$pagefind" --version 2>/dev/null | tail -n 1)"
[ $have_hugo = 1 ] && echo "hugo: $(hugo version | cut -d' ' -f1-2)"
printf '%-7s %-9s %9s %8s %8s %8s %8s %9s %8s\n' N tool median_s min_s max_s cpu_s peak_MB files MB
for n in "$@"; do
  kb="$work/kb-$n"
  if [ ! -d "$kb/content" ]; then
    mkdir -p "$kb"
    python3 "$gen" --count "$n" --seed 1 --out "$kb/content" >/dev/null
  fi
  rm -rf "$kb/themes"; cp -r "$repo/themes" "$kb/themes"
  printf 'site.title=Bench %s\n' "$n" >"$kb/site.properties"
  hs="$work/hugo-$n"
  if [ $have_hugo = 1 ]; then
    if [ ! -d "$hs/content" ]; then mkdir -p "$hs"; cp -r "$kb/content" "$hs/content"; fi
    rm -rf "$hs/layouts"; cp -r bench/hugo/layouts "$hs/layouts"; cp bench/hugo/config.toml "$hs/config.toml"
    mkdir -p "$hs/static/css"; cp themes/default/static/css/site.css "$hs/static/css/"
  fi
  for t in pmkb nocache edit hugo pagefind; do rm -f "$work/$t-$n.times" "$work/$t-$n.timings"; done
  mapfile -t edits < <(find "$kb/content" -name '*.md' | sort | awk -v r="$runs" 'NR % 997 == 1' | head -n "$runs")
  for r in $(seq "$runs"); do
    rm -rf "$kb/target/pmkb-cache"
    measure "pmkb-$n" ./pmkb build --source "$kb" --output "$work/site-$n" --timings -q
    grep -E '^  [a-z]' "$work/pmkb-$n.out" | sed "s/^/$r /" >>"$work/pmkb-$n.timings" || true
    if [ -n "${NOCACHE:-}" ]; then
      measure "nocache-$n" ./pmkb build --source "$kb" --output "$work/site-$n" --no-cache --timings -q
      grep -E '^  [a-z]' "$work/nocache-$n.out" | sed "s/^/$r /" >>"$work/nocache-$n.timings" || true
    fi
    if [ -z "${NO_EDIT:-}" ] && [ ${#edits[@]} -ge "$r" ]; then
      f=${edits[$((r - 1))]}
      cp "$f" "$work/edited.md"
      printf '\nEdited by bench/build.sh, run %s.\n' "$r" >>"$f"
      measure "edit-$n" ./pmkb build --source "$kb" --output "$work/site-$n" --timings -q
      cp "$work/edited.md" "$f" # the next cold build reads the corpus as generated
      grep -E '^  [a-z]' "$work/edit-$n.out" | sed "s/^/$r /" >>"$work/edit-$n.timings" || true
    fi
    if [ $have_hugo = 1 ]; then
      measure "hugo-$n" hugo --quiet --source "$hs" --destination "$work/hugo-site-$n" --cleanDestinationDir
      [ -n "$pagefind" ] && measure "pagefind-$n" "$pagefind" --site "$work/hugo-site-$n"
    fi
  done
  row "$n" pmkb "$work/pmkb-$n.times" "$work/site-$n"
  [ -f "$work/nocache-$n.times" ] && row "$n" "nocache" "$work/nocache-$n.times" ""
  [ -f "$work/edit-$n.times" ] && row "$n" "pmkb-edit" "$work/edit-$n.times" ""
  if [ $have_hugo = 1 ]; then
    row "$n" hugo "$work/hugo-$n.times" "$work/hugo-site-$n"
    ratio "pmkb/hugo" "$work/pmkb-$n.times" "$work/hugo-$n.times"
    if [ -f "$work/pagefind-$n.times" ]; then
      row "$n" pagefind "$work/pagefind-$n.times" "$work/hugo-site-$n/pagefind"
      ratio "pmkb/(hugo+pagefind)" "$work/pmkb-$n.times" "$work/hugo-$n.times" "$work/pagefind-$n.times"
    fi
  fi
  for t in pmkb nocache edit; do
    [ -f "$work/$t-$n.timings" ] || continue
    echo "        $t stages, median over runs (ms):     wall       cpu       jit        gc"
    # Lines: run stage wall cpu jit gc; "jvm start" is two words.
    sed 's/jvm start/jvm-start/' "$work/$t-$n.timings" | awk '$2 != "stage" {
        if (!($2 in seen)) { seen[$2] = 1; order[++k] = $2 }
        for (i = 3; i <= 6; i++) v[$2, i] = v[$2, i] " " $i; c[$2]++ }
      function med(s, n,   a, i, j, t) { split(substr(s, 2), a, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
        return a[int((n + 1) / 2)] }
      END { for (o = 1; o <= k; o++) { s = order[o]
        printf "          %-30s %9.1f %9.1f %9.1f %9.1f\n", s, med(v[s, 3], c[s]), med(v[s, 4], c[s]), med(v[s, 5], c[s]), med(v[s, 6], c[s]) } }'
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
