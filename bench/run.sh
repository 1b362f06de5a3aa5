#!/usr/bin/env bash
# Side-by-side benchmark of protojs against Node 24 and the bare QuickJS interpreter (qjs).
# Runs every bench/workloads/*.js (or the ones named) under each runtime, interleaved, and
# prints markdown tables of median wall time, peak RSS and CPU time (bench/measure.py).
#
#   bench/run.sh [--quick] [--runs N] [--no-rss] [--raw samples.json] [--rounds N] [--duration S]
#                [workload.js | servers/server.js ...]
#
# Binaries (override by environment):
#   PROTOJS  default build/protojs          QJS   default build/qjs (make target `qjs`)
#   NODE     default .deps/node24/bin/node  BUN, DENO  optional extra columns: taken from the
#            environment or PATH when present, skipped otherwise
# A workload states its run counts in a header line, e.g. `// bench: runs=30 quick=5 plain`.
# protoJS's default compile cache of package files (docs/DESIGN.md) is on: the warm-up run fills
# it, so workloads that load node_modules are measured warm. PROTOJS_COMPILE_CACHE=0 (passed on
# to the runs) measures without it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PROTOJS="${PROTOJS:-$ROOT/build/protojs}"
QJS="${QJS:-$ROOT/build/qjs}"
NODE="${NODE:-$ROOT/.deps/node24/bin/node}"
BUN="${BUN:-$(command -v bun || true)}"
DENO="${DENO:-$(command -v deno || true)}"

# GNU time reports peak RSS (%M); install the Debian package `time` if it is missing.
if ! /usr/bin/time --version 2>&1 | grep -q GNU; then
  echo "bench: installing GNU time (Debian package 'time')" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time >/dev/null
fi

# wrk loads the HTTP servers (bench/servers/); Debian package `wrk`.
if ! command -v wrk >/dev/null 2>&1; then
  echo "bench: installing wrk (Debian package 'wrk')" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi

# Runtimes: name=command (shell-quoted for measure.py). A missing binary is reported and left out
# of the tables (`make bench` builds build/qjs; run.sh alone may not find it).
runtimes=()
add() { # name binary [args...]
  local name="$1"; shift
  if [ ! -x "$1" ]; then echo "bench: warning: $name not found at $1, left out" >&2; return; fi
  runtimes+=(--runtime "$name=$(printf '%q ' "$@")")
}
add protojs "$PROTOJS"
add node "$NODE"
add qjs "$QJS"
[ -n "$BUN" ] && add bun "$BUN"
[ -n "$DENO" ] && add deno "$DENO" run --allow-all

# Arguments: options, then workload scripts (bench/workloads/*.js run once per measurement,
# bench/servers/*.js are HTTP servers loaded by wrk through bench/http.py). None named: all.
args=(); http_args=(); workloads=(); servers=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) args+=("$1"); http_args+=("$1") ;;
    --no-rss) args+=("$1") ;;
    --runs|--raw) args+=("$1" "$2"); shift ;;
    --rounds|--duration) http_args+=("$1" "$2"); shift ;;
    */servers/*) servers+=("$(realpath "$1")") ;;
    *) workloads+=("$(realpath "$1")") ;;
  esac
  shift
done
if [ ${#workloads[@]} -eq 0 ] && [ ${#servers[@]} -eq 0 ]; then
  workloads=("$ROOT"/bench/workloads/*.js)
  servers=("$ROOT"/bench/servers/*.js)
fi

echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); protojs $("$PROTOJS" --version 2>/dev/null || echo '?'), node $("$NODE" --version 2>/dev/null || echo '?')" >&2
if [ ${#workloads[@]} -gt 0 ]; then
  python3 "$ROOT/bench/measure.py" --cwd "$ROOT" "${runtimes[@]}" "${args[@]}" "${workloads[@]}"
fi
if [ ${#servers[@]} -gt 0 ]; then
  echo
  python3 "$ROOT/bench/http.py" --cwd "$ROOT" "${runtimes[@]}" "${http_args[@]}" "${servers[@]}"
fi
