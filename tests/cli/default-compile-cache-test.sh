#!/usr/bin/env bash
# protoJS's default compile cache (src/core/compile_cache.cc, CompileCache::forFile): on without
# any setting for package files (a /node_modules/ segment: code, and JSON files parsed), in $PROTOJS_CACHE_DIR,
# $XDG_CACHE_HOME/protojs or ~/.cache/protojs; user files left alone; entries read back and
# rewritten when the source changes; NODE_DISABLE_COMPILE_CACHE and PROTOJS_COMPILE_CACHE=0 turn
# it off; an unusable directory leaves it off without a word; invisible to Node's API, which
# takes over when enabled. Fixture: tests/fixtures/default-compile-cache.
# Usage: default-compile-cache-test.sh <protojs>
set -u
P="$(realpath "$1")"
FIX="$(cd "$(dirname "$0")/../fixtures/default-compile-cache" && pwd)"
pass=0; fail=0
tmp=$(mktemp -d); trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
check() {  # name expected actual
  if [ "$2" == "$3" ]; then pass=$((pass+1)); else fail=$((fail+1)); printf 'FAIL %s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"; fi
}
cd "$tmp"
cp -R "$FIX" app
app="$tmp/app"
# runs app/<script> in a clean environment (HOME=$tmp/home) plus the given variables; stdout;
# stderr in err.txt
run() {  # script [VAR=value...]
  local script="$1"; shift
  env -i PATH="$PATH" HOME="$tmp/home" "$@" "$P" "app/$script" 2>err.txt
}
dbg=NODE_DEBUG_NATIVE=PROTOJS_COMPILE_CACHE
count() { grep -c -- "$1" err.txt; }
entries() { find "$1" -type f 2>/dev/null | wc -l; }

ref=$(run main.js PROTOJS_COMPILE_CACHE=0)
contains() {  # name haystack needle
  if [[ "$2" == *"$3"* ]]; then pass=$((pass+1)); else fail=$((fail+1)); printf 'FAIL %s\n  %q\n  does not contain %q\n' "$1" "$2" "$3"; fi
}
contains "the program runs" "$ref" "1 hello world cjs-pkg/index.js:3 local 1 (name) => \`hello \${name}\`"
contains "the program runs to the end" "$ref" "esm 42 function twice(n) { return n * 2; }"
contains "package JSON: parsed values" "$ref" '"__proto__":{"x":1},"nested":{"deep":[[],{},""]},"big":12345678901234567000,"neg":-42} 1,2,b,a,__proto__,nested,big,neg true true true Infinity true true'

# first run: entries for the two package files only
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/c" $dbg)
check "first run: same output" "$ref" "$out"
check "first run writes the CommonJS package file" "1" "$(count "writing cache for CommonJS $app/node_modules/cjs-pkg/index.js .*success")"
check "first run writes the ES module package file" "1" "$(count "writing cache for ESM $app/node_modules/esm-pkg/index.js .*success")"
check "first run writes the package's JSON files (package.json, required data)" "3" "$(count "writing cache for JSON $app/node_modules/.*success")"
check "a JSON file with a byte-order mark or a syntax error is not cached" "0" "$(grep -c 'bom.json\|bad.json.*writing\|writing.*bad.json' err.txt)"
check "user files are not cached" "0" "$(grep -c 'local.js\|main.js' err.txt)"
check "five entries" "5" "$(entries "$tmp/c")"
leaf=$(ls -d "$tmp"/c/protojs-*)
check "directories are private (0700)" "700 700" "$(stat -c %a "$tmp/c") $(stat -c %a "$leaf")"
check "entries are private (0600)" "600" "$(stat -c %a "$leaf"/* | sort -u)"

# second run: read back
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/c" $dbg)
check "second run: same output" "$ref" "$out"
check "second run reads every entry" "5" "$(count 'reading cache .*success')"
check "second run writes nothing" "0" "$(count 'writing cache')"

# silent without the switch, and Node's COMPILE_CACHE category does not report it
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/c")
check "no output without the debug switch" "$ref|" "$out|$(cat err.txt)"
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/c" NODE_DEBUG_NATIVE=COMPILE_CACHE)
check "NODE_DEBUG_NATIVE=COMPILE_CACHE does not report the default cache" "$ref|" "$out|$(cat err.txt)"

# a changed package file is recompiled and its entry rewritten
sed -i 's/version: 1/version: 2/' app/node_modules/cjs-pkg/index.js
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/c" $dbg)
check "changed source: new output" "${ref/#1 /2 }" "$out"
check "changed source: entry rejected" "1" "$(count 'cjs-pkg/index.js... rejected: source changed')"
check "changed source: entry rewritten" "1" "$(count 'writing cache for CommonJS .*cjs-pkg/index.js .*success')"
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/c" $dbg)
check "changed source: then read back" "5" "$(count 'reading cache .*success')"
sed -i 's/version: 2/version: 1/' app/node_modules/cjs-pkg/index.js
sed -i 's/"neg": -42/"neg": -43/' app/node_modules/cjs-pkg/data.json
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/c" $dbg)
check "changed JSON file: new value" "${ref/-42\}/-43\}}" "$out"
check "changed JSON file: entry rejected and rewritten" "1 1" "$(count 'data.json... rejected: source changed') $(count 'writing cache for JSON .*data.json .*success')"
sed -i 's/"neg": -43/"neg": -42/' app/node_modules/cjs-pkg/data.json

# opt-outs: nothing created
for v in NODE_DISABLE_COMPILE_CACHE=1 NODE_DISABLE_COMPILE_CACHE= PROTOJS_COMPILE_CACHE=0; do
  out=$(run main.js PROTOJS_CACHE_DIR="$tmp/off" "$v")
  check "$v: same output, silent" "$ref|" "$out|$(cat err.txt)"
  check "$v: no cache directory" "no" "$([ -e "$tmp/off" ] && echo yes || echo no)"
done
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/on" PROTOJS_COMPILE_CACHE=1)
check "PROTOJS_COMPILE_CACHE=1 leaves it on" "5" "$(entries "$tmp/on")"

# default locations
run main.js XDG_CACHE_HOME="$tmp/xdg" >/dev/null
check "\$XDG_CACHE_HOME/protojs" "5" "$(entries "$tmp/xdg/protojs")"
run main.js >/dev/null
check "~/.cache/protojs" "5" "$(entries "$tmp/home/.cache/protojs")"
run main.js XDG_CACHE_HOME=relative/dir >/dev/null
check "a relative XDG_CACHE_HOME is ignored" "no" "$([ -e "$tmp/relative" ] && echo yes || echo no)"
out=$(env -i PATH="$PATH" "$P" app/main.js 2>err.txt)
check "no HOME: off, silent" "$ref|" "$out|$(cat err.txt)"

# unusable directories: off, no output, no error
touch "$tmp/file"
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/file/cache")
check "cannot be created: same output, silent" "$ref|" "$out|$(cat err.txt)"
mkdir -p "$tmp/gw/$(basename "$leaf")"; chmod 0770 "$tmp/gw/$(basename "$leaf")"
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/gw")
check "group-writable: same output, silent" "$ref|" "$out|$(cat err.txt)"
check "group-writable: nothing written" "0" "$(entries "$tmp/gw")"
run main.js PROTOJS_CACHE_DIR="$tmp/gw" $dbg >/dev/null
check "group-writable: the debug switch says why" "1" "$(count 'not a directory owned by this user')"
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$tmp/foreign/$(basename "$leaf")"; chown 65534 "$tmp/foreign/$(basename "$leaf")"
  out=$(run main.js PROTOJS_CACHE_DIR="$tmp/foreign")
  check "foreign-owned: same output, silent" "$ref|" "$out|$(cat err.txt)"
  check "foreign-owned: nothing written" "0" "$(entries "$tmp/foreign")"
  # sudo keeping another user's HOME: nothing created in it
  mkdir -p "$tmp/userhome/.cache"; chown -R 65534 "$tmp/userhome"
  out=$(env -i PATH="$PATH" HOME="$tmp/userhome" "$P" app/main.js 2>err.txt)
  check "another user's HOME: same output, silent" "$ref|" "$out|$(cat err.txt)"
  check "another user's HOME: nothing created" "" "$(ls "$tmp/userhome/.cache")"
  out=$(env -i PATH="$PATH" XDG_CACHE_HOME="$tmp/userhome/.cache" "$P" app/main.js 2>err.txt)
  check "another user's XDG_CACHE_HOME: nothing created" "" "$(ls "$tmp/userhome/.cache")"
else
  mkdir "$tmp/ro"; chmod 0500 "$tmp/ro"
  out=$(run main.js PROTOJS_CACHE_DIR="$tmp/ro/cache")
  check "unwritable: same output, silent" "$ref|" "$out|$(cat err.txt)"
  check "unwritable: nothing written" "0" "$(entries "$tmp/ro")"
fi

# Node's API: getCompileCacheDir() undefined, enableCompileCache() ENABLED, then it takes over
out=$(run api.js PROTOJS_CACHE_DIR="$tmp/c2" API_DIR="$tmp/api")
check "API unchanged by the default cache" "dir before undefined
enable true true
again true
dir after string
late local 2|" "$out|$(cat err.txt)"
check "default cache: only the package required before (and its package.json)" "2" "$(entries "$tmp/c2")"
check "API cache: the code of everything after (package and user file; no JSON)" "2" "$(entries "$tmp/api")"
run main.js PROTOJS_CACHE_DIR="$tmp/c3" NODE_COMPILE_CACHE="$tmp/api2" >/dev/null
check "NODE_COMPILE_CACHE: the API cache takes over" "0 4" "$(entries "$tmp/c3") $(entries "$tmp/api2")"

# engine directories of other builds: deleted when this build creates its own, if nobody wrote
# into them for 30 days (only entries are deleted: a directory holding anything else stays)
u=$(id -u)
mkdir -p "$tmp/pr/protojs-0.0.1-x64-00000001-$u" "$tmp/pr/protojs-0.0.2-x64-00000002-$u" \
  "$tmp/pr/protojs-0.0.3-x64-00000003-$u" "$tmp/pr/protojs-0.0.4-x64-00000004-$((u + 1))" "$tmp/pr/other"
touch "$tmp/pr/protojs-0.0.1-x64-00000001-$u/0123456789abcdef" "$tmp/pr/protojs-0.0.1-x64-00000001-$u/0123456789abcdef.tmp-1-0"
touch "$tmp/pr/protojs-0.0.3-x64-00000003-$u/0123456789abcdef" "$tmp/pr/protojs-0.0.3-x64-00000003-$u/notes.txt"
touch -d '40 days ago' "$tmp"/pr/*
touch "$tmp/pr/protojs-0.0.2-x64-00000002-$u"
run main.js PROTOJS_CACHE_DIR="$tmp/pr" >/dev/null
check "stale engine directories removed, others kept" "other
protojs-0.0.2-x64-00000002-$u
protojs-0.0.3-x64-00000003-$u
protojs-0.0.4-x64-00000004-$((u + 1))
$(basename "$leaf")" "$(ls "$tmp/pr")"
check "a stale directory holding other files: only entries removed" "notes.txt" "$(ls "$tmp/pr/protojs-0.0.3-x64-00000003-$u")"
touch -d '40 days ago' "$tmp/pr/$(basename "$leaf")" "$tmp/pr/protojs-0.0.2-x64-00000002-$u"
run main.js PROTOJS_CACHE_DIR="$tmp/pr" >/dev/null
check "a directory in use is refreshed" "1" "$(find "$tmp/pr/$(basename "$leaf")" -maxdepth 0 -mtime -1 | wc -l)"
check "no pruning unless this build's directory is new" "yes" "$([ -d "$tmp/pr/protojs-0.0.2-x64-00000002-$u" ] && echo yes)"

# entries are complete however the process ends (process.exit, an uncaught error)
env -i PATH="$PATH" PROTOJS_CACHE_DIR="$tmp/ex1" "$P" app/exit.js >/dev/null 2>&1
check "process.exit(): exit code" "3" "$?"
check "process.exit(): entries written, no temporary file" "2" "$(entries "$tmp/ex1")"
env -i PATH="$PATH" PROTOJS_CACHE_DIR="$tmp/ex2" "$P" app/exit.js throw >/dev/null 2>&1
check "uncaught error: exit code" "1" "$?"
check "uncaught error: entries written, no temporary file" "2" "$(entries "$tmp/ex2")"
out=$(run exit.js PROTOJS_CACHE_DIR="$tmp/ex2" $dbg)
check "and they are valid" "2" "$(count 'reading cache .*success')"

# concurrent first runs: every process sees whole entries, no temporary file is left
pids=()
for i in 1 2 3 4; do
  (env -i PATH="$PATH" PROTOJS_CACHE_DIR="$tmp/par" "$P" app/main.js > "par$i.txt" 2>&1) & pids+=($!)
done
wait "${pids[@]}"
for i in 1 2 3 4; do check "concurrent run $i" "$ref" "$(cat "par$i.txt")"; done
check "concurrent runs: five entries, no temporary files" "5" "$(entries "$tmp/par")"
out=$(run main.js PROTOJS_CACHE_DIR="$tmp/par" $dbg)
check "concurrent runs: entries valid" "5" "$(count 'reading cache .*success')"

echo "default compile cache: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
