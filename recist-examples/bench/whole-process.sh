#!/usr/bin/env bash
# Times the whole `recist assess` process beside Node's JSON round trip of the same file
# (JSON.parse + JSON.stringify(o, null, 2), no RECIST work), in alternating runs, and prints a
# Markdown table for the README's Performance section: median and range of the wall time, median
# CPU time (user + system) and peak RSS, and the load average before and after. Issue 14.
#
# Usage: recist-examples/bench/whole-process.sh [options]
#   --rounds N        alternating rounds per input (default 5)
#   --subjects "N.."  input sizes, generated with `recist generate --subjects N --seed 7` into
#                     --dir and reused when present (default "10000 200000")
#   --dir DIR         where the inputs and outputs go (default /tmp/recist-bench)
#   --recist CMD      how to start recist (default: java -jar recist-examples/target/recist.jar);
#                     repeatable: each command runs every variant, all alternating in one round
#                     (e.g. an older build's jar beside this one, or bin/recist beside java -jar)
#   --variant ARGS    extra arguments of `assess` for one more timed variant, e.g. "--threads 2"
#                     or "--compact"; repeatable; the default variant (no extra arguments) always
#                     runs unless --no-default
#   --no-default      leave out the variant without extra arguments
#   --no-node         leave out Node (e.g. for a million subjects, beyond Node's string limit)
#   --check           compare the output of every run that writes the default format with the
#                     first run's (their checksums, cksum, taken untimed after each run; those of
#                     the last round compared), and fail if they differ
#   --startup         also time `--version` of each recist command beside `java -version` (a JVM
#                     that starts and stops), in alternating rounds of their own: the start-up
#                     alone (issue 14, target 2)
#
# Every output is deleted after its run, and the disk synced (sync), untimed: no run pays for the
# writing out of the one before it.
#
# Needs bash, GNU date, /usr/bin/time, and node for the comparison. Build the jar first:
#   mvn -B -q -DskipTests package
set -euo pipefail

rounds=5
sizes="10000 200000"
dir=/tmp/recist-bench
here=$(cd "$(dirname "$0")/.." && pwd)
recists=()
variants=()
default=1
node=1
check=0
startup=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --subjects) sizes=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --recist) recists+=("$2"); shift 2 ;;
    --variant) variants+=("$2"); shift 2 ;;
    --no-default) default=0; shift ;;
    --no-node) node=0; shift ;;
    --check) check=1; shift ;;
    --startup) startup=1; shift ;;
    -h|--help) sed -n '2,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ ${#recists[@]} -eq 0 ]; then
  recists=("java -jar $here/target/recist.jar")
fi
recist=${recists[0]}
if [ "$default" = 1 ]; then
  variants=("" ${variants[@]+"${variants[@]}"})
fi
if [ ${#variants[@]} -eq 0 ]; then
  echo "no variant to time" >&2
  exit 2
fi
if [ "$node" = 1 ] && ! command -v node > /dev/null; then
  echo "node not found: install Node or pass --no-node" >&2
  exit 2
fi
mkdir -p "$dir"

# every run: a command and a variant, numbered in the order they are timed in a round
runs=()
for c in "${recists[@]}"; do
  for v in "${variants[@]}"; do
    runs+=("$c|$v")
  done
done

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Runs "$@" once with stdout to $out; appends "wall_seconds cpu_seconds max_rss_kb" to $times.
timed() {
  local out=$1 times=$2
  shift 2
  local stats="$dir/.time" start end
  start=$(date +%s%N)
  /usr/bin/time -o "$stats" -f '%U %S %M' "$@" > "$out" 2> "$out.err"
  end=$(date +%s%N)
  read -r user sys rss < "$stats"
  awk -v w=$(( (end - start) / 1000000 )) -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%.3f %.2f %d\n", w / 1000, u + s, r }' >> "$times"
  settle "$out"
}

# After a timed run, untimed: its output's checksum kept for --check, the output deleted (the
# million subjects write 3.9 GB a run: kept, they filled the page cache and slowed the runs after
# them), and its dirty pages written out (sync), so that no run pays for the one before it.
settle() {
  if [ "$check" = 1 ]; then
    cksum < "$1" | cut -d' ' -f1-2 > "$1.cksum"
  fi
  rm -f "$1"
  sync
}

# The median of column $2 of file $1.
median() {
  sort -n -k"${2:-1}" "$1" | awk -v k="${2:-1}" '{ v[NR] = $k }
    END { m = int((NR + 1) / 2); print (NR % 2) ? v[m] : (v[m] + v[m + 1]) / 2 }'
}

# "median (min–max)" of the wall times, then the median CPU time and the median peak RSS in MB.
summary() {
  local range
  range=$(sort -n -k1 "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f–%.2f", lo, hi }')
  awk -v w="$(median "$1" 1)" -v c="$(median "$1" 2)" -v r="$(median "$1" 3)" -v range="$range" \
    'BEGIN { printf "%.2f s (%s) | %.2f s | %d MB\n", w, range, c, r / 1024 }'
}

roundtrip='const fs = require("fs");
const o = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
process.stdout.write(JSON.stringify(o, null, 2));'

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
  "$(java -version 2>&1 | head -1), node $(node --version 2>/dev/null || echo none); $rounds rounds"
echo
echo "| input | run | wall time, median (range) | CPU time | peak RSS | × Node | load before → after |"
echo "|---|---|---|---|---|---|---|"
status=0
if [ "$startup" = 1 ]; then
  before=$(load)
  rm -f "$dir"/.times-*
  for ((r = 1; r <= rounds; r++)); do
    timed "$dir/out-jvm.txt" "$dir/.times-jvm" java -version
    for i in "${!recists[@]}"; do
      # shellcheck disable=SC2086 # the command's arguments are split on purpose
      timed "$dir/out-version-$i.txt" "$dir/.times-version-$i" ${recists[$i]} --version
    done
  done
  after=$(load)
  jvmMedian=$(median "$dir/.times-jvm")
  echo "| start-up | \`java -version\` (a JVM that starts and stops) | $(summary "$dir/.times-jvm") | – | $before → $after |"
  for i in "${!recists[@]}"; do
    ratio=$(awk -v a="$(median "$dir/.times-version-$i")" -v b="$jvmMedian" 'BEGIN { printf "%.2f × the JVM", a / b }')
    echo "| start-up | \`${recists[$i]} --version\` | $(summary "$dir/.times-version-$i") | $ratio | $before → $after |"
  done
fi
for n in $sizes; do
  input="$dir/subjects-$n.json"
  if [ ! -s "$input" ]; then
    $recist generate --subjects "$n" --seed 7 > "$input.tmp"
    mv "$input.tmp" "$input"
  fi
  mb=$(( $(stat -c %s "$input") / 1000000 ))
  before=$(load)
  rm -f "$dir"/.times-*
  for ((r = 1; r <= rounds; r++)); do
    if [ "$node" = 1 ]; then
      timed "$dir/out-node.json" "$dir/.times-node" node -e "$roundtrip" "$input"
    fi
    for i in "${!runs[@]}"; do
      # shellcheck disable=SC2086 # the command's and the variant's arguments are split on purpose
      timed "$dir/out-$i.json" "$dir/.times-$i" ${runs[$i]%%|*} assess ${runs[$i]#*|} "$input"
    done
  done
  after=$(load)
  label="$n subjects, $mb MB"
  nodeMedian=""
  if [ "$node" = 1 ]; then
    nodeMedian=$(median "$dir/.times-node")
    echo "| $label | Node \`JSON.parse\` + \`JSON.stringify(o, null, 2)\` | $(summary "$dir/.times-node") | 1.00 | $before → $after |"
  fi
  for i in "${!runs[@]}"; do
    command=${runs[$i]%%|*}
    variant=${runs[$i]#*|}
    shown="recist assess $variant"
    if [ ${#recists[@]} -gt 1 ]; then
      shown="$command assess $variant"
    fi
    ratio="–"
    if [ -n "$nodeMedian" ]; then
      ratio=$(awk -v a="$(median "$dir/.times-$i")" -v b="$nodeMedian" 'BEGIN { printf "%.2f", a / b }')
    fi
    echo "| $label | \`$shown\` | $(summary "$dir/.times-$i") | $ratio | $before → $after |" \
      | sed 's/assess  *`/assess`/'
    if [ "$check" = 1 ] && [ "$i" -gt 0 ] && [[ "$variant" != *--compact* ]] \
        && [[ "$variant" != *--reasons* ]] && [[ "$variant" != *--format* ]]; then
      if ! cmp -s "$dir/out-0.json.cksum" "$dir/out-$i.json.cksum"; then
        echo "output of \`$command assess $variant\` differs from \`${runs[0]%%|*} assess ${runs[0]#*|}\` on $input" >&2
        status=1
      fi
    fi
  done
done
exit $status
