#!/usr/bin/env bash
# protoJS's compile cache (src/core/compile_cache.*), across processes: the same output (stack
# traces, CallSites, Function.prototype.toString) without the cache, when it is filled and when
# it is read; damaged, foreign, stale and planted entries are rejected and rewritten, never
# trusted; concurrent writers; NODE_DISABLE_COMPILE_CACHE; unsafe directories.
# The API surface shared with Node 24 is tests/js/compile-cache.test.js.
# Usage: compile-cache-test.sh <protojs>
set -u
P="$(realpath "$1")"
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
check() {  # name expected actual
  if [ "$2" == "$3" ]; then pass=$((pass+1)); else fail=$((fail+1)); printf 'FAIL %s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"; fi
}
contains() {  # name haystack needle
  if [[ "$2" == *"$3"* ]]; then pass=$((pass+1)); else fail=$((fail+1)); printf 'FAIL %s\n  %q\n  does not contain %q\n' "$1" "$2" "$3"; fi
}
cd "$tmp"
mkdir app
cat > app/lib.js <<'JS'
'use strict';
function thrower(n) {
  if (n > 0) return thrower(n - 1);
  throw new Error('boom');
}
class Point { constructor(x) { this.x = x; } get double() { return this.x * 2; } }
module.exports = { thrower, Point, arrow: (a, b) => a + b };
JS
cat > app/esm.mjs <<'JS'
import data from './data.json' with { type: 'json' };
export function fail() {
  return new Error(`from esm ${data.n}`).stack;
}
export const method = { go() { return 1; } };
JS
echo '{ "n": 7 }' > app/data.json
printf '#!/usr/bin/env node\n\xef\xbb\xbfmodule.exports = () => new Error("line 2").stack.split("\\n")[1];\n' > app/bang.js
cat > app/main.js <<'JS'
const lib = require('./lib');
try { lib.thrower(2); } catch (e) { console.log(e.stack); }
console.log(lib.thrower.toString());
console.log(String(lib.Point), lib.arrow.toString(), new lib.Point(2).double);
console.log(require('./bang')());
Error.prepareStackTrace = (err, sites) => sites.slice(0, 4).map((s) =>
  [s.getFunctionName(), s.getFileName(), s.getLineNumber(), s.getColumnNumber(), s.isToplevel()].join(' ')).join('\n');
try { lib.thrower(1); } catch (e) { console.log(e.stack); }
Error.prepareStackTrace = undefined;
import('./esm.mjs').then((m) => {
  console.log(m.fail());
  console.log(m.fail.toString(), m.method.go.toString());
});
JS

run() {  # cache-dir [env...]: runs app/main.js with the cache in cache-dir; stdout; stderr in err.txt
  local dir="$1"; shift
  env NODE_COMPILE_CACHE="$dir" NODE_DEBUG_NATIVE=COMPILE_CACHE "$@" "$P" app/main.js 2>err.txt
}
entry_of() {  # cache-dir file: the entry path the debug log names for that module file
  grep -o "cache from [^ ]* for [A-Za-z]* $tmp/app/$2" err.txt | head -n1 | cut -d' ' -f3
}
count() { grep -c "$1" err.txt; }

ref=$("$P" app/main.js 2>&1)
contains "the program runs" "$ref" "Error: boom"
contains "shebang and BOM keep line numbers" "$ref" "bang.js:2:"

out=$(run cc)
check "first run (cache filled): same output" "$ref" "$out"
check "first run writes an entry per module file" "4" "$(count 'writing cache .*success')"
leaf=$(ls -d cc/protojs-*)
check "one engine-specific directory" "1" "$(echo "$leaf" | wc -l)"
check "directories are private (0700)" "700 700" "$(stat -c %a cc) $(stat -c %a "$leaf")"
check "entries are private (0600)" "600" "$(stat -c %a "$leaf"/* | sort -u)"
check "no temporary files left" "" "$(ls "$leaf" | grep tmp)"

out=$(run cc)
check "second run (cache read): same output" "$ref" "$out"
check "second run reads every entry" "4" "$(count 'reading cache .*success')"
check "second run writes nothing" "0" "$(count 'writing cache')"
lib_entry=$(entry_of cc lib.js)
main_entry=$(entry_of cc main.js)
[ -f "$lib_entry" ] || { echo "FAIL: no entry found for lib.js"; exit 1; }

damaged() {  # name reason: after damaging lib.js's entry, a run rejects it, rewrites it, and the next run reads it
  local name="$1" reason="$2"
  out=$(run cc)
  check "$name: same output" "$ref" "$out"
  contains "$name: rejected" "$(cat err.txt)" "for CommonJS $tmp/app/lib.js... rejected: $reason"
  contains "$name: rewritten" "$(cat err.txt)" "writing cache for CommonJS $tmp/app/lib.js in $lib_entry... success"
  out=$(run cc)
  check "$name: next run reads all" "4" "$(count 'reading cache .*success')"
}
size=$(stat -c %s "$lib_entry")
truncate -s $((size / 2)) "$lib_entry";                       damaged "truncated entry" "truncated or damaged"
truncate -s 0 "$lib_entry";                                     damaged "empty entry" "bad size"
python3 -c "import sys; f=open(sys.argv[1],'r+b'); f.seek(-20,2); b=f.read(1); f.seek(-20,2); f.write(bytes([b[0]^0x40]))" "$lib_entry"
                                                                damaged "flipped bytecode byte" "bytecode checksum mismatch"
python3 -c "import sys; f=open(sys.argv[1],'r+b'); f.seek(24); b=f.read(1); f.seek(24); f.write(bytes([b[0]^1]))" "$lib_entry"
                                                                damaged "flipped header byte" "damaged header"
head -c 5000 /dev/urandom > "$lib_entry";                       damaged "random bytes" "not a protojs cache entry"
cp "$main_entry" "$lib_entry";                                  damaged "another file's entry" "for another file"

# a symlink planted at the entry path is neither followed when reading nor written through
echo "precious" > precious.txt
rm "$lib_entry"; ln -s "$tmp/precious.txt" "$lib_entry"
out=$(run cc)
check "symlinked entry: same output" "$ref" "$out"
check "symlinked entry: target untouched" "precious" "$(cat precious.txt)"
check "symlinked entry: replaced by a real entry" "no" "$([ -L "$lib_entry" ] && echo yes || echo no)"

# stale sources: a changed file (also with the same length) is compiled again
sed -i 's/boom/bust/' app/lib.js
out=$(run cc)
contains "same-length change is seen" "$out" "Error: bust"
contains "same-length change: rejected as changed" "$(cat err.txt)" "rejected: source changed"
sed -i 's/bust/bang bang/' app/lib.js
out=$(run cc)
contains "longer change is seen" "$out" "Error: bang bang"
sed -i 's/bang bang/boom/' app/lib.js
out=$(run cc)
check "back to the original source" "$ref" "$out"

# ES modules: a changed dependency of the cached module, and a changed module
echo '{ "n": 8 }' > app/data.json
out=$(run cc)
contains "JSON imported by a cached module is read again" "$out" "from esm 8"
sed -i 's/from esm/from ESM/' app/esm.mjs
out=$(run cc)
contains "changed ES module is compiled again" "$out" "from ESM 8"
contains "changed ES module: rejected as changed" "$(cat err.txt)" "for ESM $tmp/app/esm.mjs... rejected: source changed"
sed -i 's/from ESM/from esm/' app/esm.mjs
echo '{ "n": 7 }' > app/data.json

# NODE_DISABLE_COMPILE_CACHE wins over NODE_COMPILE_CACHE
out=$(run cc-off NODE_DISABLE_COMPILE_CACHE=1)
check "disabled: same output" "$ref" "$out"
check "disabled: no directory" "no" "$([ -e cc-off ] && echo yes || echo no)"

# module.enableCompileCache() from the program, then requires
out=$("$P" -e "const m = require('module'); const r = m.enableCompileCache('$tmp/cc-api'); require('$tmp/app/lib.js'); console.log(r.status, r.directory, require('path').dirname(m.getCompileCacheDir()))")
check "enableCompileCache from JS" "1 $tmp/cc-api $tmp/cc-api" "$out"
check "enableCompileCache from JS caches what is required after" "1" "$(ls "$tmp"/cc-api/protojs-*/ | wc -l)"

# portable mode (NODE_COMPILE_CACHE_PORTABLE=1): entries keyed by relative paths, still read back
out=$(run cc-portable NODE_COMPILE_CACHE_PORTABLE=1)
out=$(run cc-portable NODE_COMPILE_CACHE_PORTABLE=1)
check "portable: same output" "$ref" "$out"
check "portable: second run reads every entry" "4" "$(count 'reading cache .*success')"

# a directory others may write to is refused: entries there could be planted
mkdir -p cc-unsafe && "$P" -e "require('module').enableCompileCache('$tmp/cc-unsafe')"
chmod 777 cc-unsafe/protojs-*
out=$("$P" -e "const r = require('module').enableCompileCache('$tmp/cc-unsafe'); console.log(r.status, /not a directory owned by this user and private to it/.test(r.message), require('module').getCompileCacheDir())")
check "group/world-writable cache directory: FAILED" "0 true undefined" "$out"

# concurrent processes filling the same cache: every run is right, entries are whole
pids=()
for i in 1 2 3 4 5 6; do
  (NODE_COMPILE_CACHE=cc-par "$P" app/main.js > "par$i.txt" 2>&1) & pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
same=0; for i in 1 2 3 4 5 6; do [ "$(cat "par$i.txt")" == "$ref" ] && same=$((same+1)); done
check "concurrent first runs: all right" "6" "$same"
check "concurrent first runs: no temporary files left" "" "$(ls cc-par/protojs-*/ | grep tmp)"
out=$(run cc-par)
check "after concurrent writers: every entry reads" "4" "$(count 'reading cache .*success')"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
