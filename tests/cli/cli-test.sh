#!/usr/bin/env bash
# CLI behaviour of protojs (compared with node's where node has the same option).
# Usage: cli-test.sh <protojs> <node24>
set -u
P="$1"; N="$2"
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
check() {  # name expected actual
  if [ "$2" == "$3" ]; then pass=$((pass+1)); else fail=$((fail+1)); printf 'FAIL %s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"; fi
}
same() {  # name, then a command run with $BIN set to each runtime: stdout + exit code compared
  local name="$1"; shift
  local e a
  e=$(BIN="$N" bash -c "$*" 2>/dev/null; echo "[exit $?]")
  a=$(BIN="$P" bash -c "$*" 2>/dev/null; echo "[exit $?]")
  check "$name" "$e" "$a"
}
cd "$tmp"
printf 'console.log(process.argv.slice(2).join(","))\n' > args.js
printf 'console.log("from stdin", typeof require)\n' > stdin.js
printf 'module.exports = 1; globalThis.preloaded = "yes";\n' > pre.js
printf 'import { basename } from "node:path"; console.log("esm", basename("/a/b"));\n' > stdin.mjs
printf '#!/usr/bin/env node\nconsole.log("shebang ok")\n' > shebang.js

same "-e"                 '$BIN -e "console.log(1 + 1)"'
same "-p"                 '$BIN -p "[1, 2].map((x) => x * 2)"'
same "-p string"          '$BIN -p "\"str\""'
same "--eval="            '$BIN --eval="console.log(40 + 2)"'
same "-e with args"       '$BIN -e "console.log(process.argv.length, process.argv.slice(1))" a b'
same "script args"        '$BIN args.js x y --flag'
same "-- ends options"    '$BIN -- args.js --version'
same "stdin pipe"         '$BIN < stdin.js'
same "stdin dash"         'cat stdin.js | $BIN - extra'
same "-r preload"         '$BIN -r ./pre.js -e "console.log(globalThis.preloaded)"'
same "--input-type=module" '$BIN --input-type=module < stdin.mjs'
same "-e module"          '$BIN --input-type=module -e "console.log(typeof import.meta, typeof require)"'
same "shebang"            '$BIN shebang.js'
same "exit code"          '$BIN -e "process.exitCode = 4"'
same "throw exits 1"      '$BIN -e "throw new Error(\"x\")"'
same "missing script"     '$BIN does-not-exist.js'
same "unknown option"     '$BIN --definitely-not-an-option'
same "-e require"         '$BIN -e "console.log(require(\"path\").join(\"a\", \"b\"))"'
printf 'globalThis.importedFirst = import.meta.url.endsWith("pre.mjs");\n' > pre.mjs
same "--import preload"   '$BIN --import ./pre.mjs -e "console.log(globalThis.importedFirst)"'
same "argv0 as typed"     '(exec -a custom-name $BIN -p process.argv0)'
same "-p promise"         '$BIN -p "Promise.resolve(5)"'
same "-e syntax error"    '$BIN -e "let let = 1"'
same "execPath child"     '$BIN -p "require(\"path\").isAbsolute(process.execPath)"'

check "-v prints version" "1" "$("$P" -v | grep -c '^v[0-9]')"
check "-h prints usage" "1" "$("$P" -h | grep -c '^Usage: protojs')"
"$P" --cpu-threads 4 --io-threads=2 -e "0"; check "--cpu-threads ok" "0" "$?"
"$P" --cpu-threads 0 -e "0" 2>/dev/null; check "--cpu-threads 0 rejected" "9" "$?"
"$P" --cpu-threads x -e "0" 2>/dev/null; check "--cpu-threads x rejected" "9" "$?"
check "execArgv" "--cpu-threads=3,-p,process.execArgv.join()" "$("$P" --cpu-threads=3 -p 'process.execArgv.join()')"
check "uncaught prints stack" "1" "$("$P" -e 'throw new TypeError("boom")' 2>&1 | grep -c '^TypeError: boom')"
check "missing module message" "1" "$("$P" nope.js 2>&1 | grep -c "Cannot find module '$tmp/nope.js'")"
check "repl -i" "3" "$(printf '1 + 2\n.exit\n' | "$P" -i 2>/dev/null | grep -o '^> 3' | head -1 | cut -c3-)"
check "repl multi-line and _" "10" "$(printf 'function f(x) {\nreturn x * 2\n}\nf(5)\n_\n' | "$P" -i 2>/dev/null | grep -o '10' | head -1)"

dbg=$(NODE_DEBUG='FOO,b*' "$P" -e "const util = require('util'); const a = util.debuglog('foo'), b = util.debuglog('bar'), c = util.debuglog('other');
  console.log(a.enabled, b.enabled, c.enabled); a('hi %d', 1); b('x'); c('no');" 2>&1 | sed -E 's/ [0-9]+: / PID: /')
check "NODE_DEBUG" $'true true false\nFOO PID: hi 1\nBAR PID: x' "$dbg"

# Warnings on stderr (frames and pids aside) in their place among the program's own output.
printf 'Promise.reject(new Error("boom"));\nsetImmediate(() => console.log("immediate"));\nprocess.nextTick(() => console.log("tick"));\n' > rej.js
stderr_of() { "$1" --unhandled-rejections=warn rej.js 2>&1 | grep -v '^    at ' | sed -E 's/\(node:[0-9]+\)/(node:PID)/'; }
check "unhandled rejection warnings" "$(stderr_of "$N")" "$(stderr_of "$P")"

# NODE_OPTIONS: read before the command line, not part of execArgv; options Node refuses there
# are refused; options protoJS lacks (V8's) are skipped.
same "NODE_OPTIONS -r"            'NODE_OPTIONS="-r ./pre.js" $BIN -p "[globalThis.preloaded, process.execArgv.length]"'
same "NODE_OPTIONS --import + -r order" 'NODE_OPTIONS="--import ./pre.mjs" $BIN -r ./pre.js -p "globalThis.importedFirst"'
same "NODE_OPTIONS --input-type" 'NODE_OPTIONS=--input-type=module $BIN < stdin.mjs'
same "NODE_OPTIONS --dns-result-order" 'NODE_OPTIONS="--dns-result-order ipv4first" $BIN -p "require(\"dns\").getDefaultResultOrder()"'
same "NODE_OPTIONS --unhandled-rejections" 'NODE_OPTIONS=--unhandled-rejections=warn $BIN -e "Promise.reject(1)"'
same "NODE_OPTIONS --no-deprecation" 'NODE_OPTIONS=--no-deprecation $BIN -p process.noDeprecation'
same "NODE_OPTIONS V8 flag"       'NODE_OPTIONS="--max-old-space-size=100" $BIN -p 1'
same "NODE_OPTIONS refuses -p"    'NODE_OPTIONS="-p 1" $BIN -e 0'
same "NODE_OPTIONS refuses -i"    'NODE_OPTIONS=-i $BIN -e 0'
check "NODE_OPTIONS refusal message" "protojs: --eval is not allowed in NODE_OPTIONS" "$(NODE_OPTIONS='--eval 1' "$P" -e 0 2>&1 | sed 's#^.*/protojs:#protojs:#')"
mkdir -p node_modules/old && printf 'module.exports = () => Buffer(1);\n' > node_modules/old/index.js
check "NODE_OPTIONS --pending-deprecation" "1" "$(NODE_OPTIONS=--pending-deprecation "$P" -e 'require("old")()' 2>&1 | grep -c DEP0005)"
check "--pending-deprecation off" "0" "$("$P" -e 'require("old")()' 2>&1 | grep -c DEP0005)"

# dns: Node's --dns-result-order, protoJS's --dns-cache (the lookup cache is off without it).
same "--dns-result-order="  '$BIN --dns-result-order=ipv4first -p "require(\"dns\").getDefaultResultOrder()"'
same "--dns-result-order x" '$BIN --dns-result-order ipv6first -p "require(\"dns/promises\").getDefaultResultOrder()"'
"$P" --dns-result-order=first -e "0" 2>/dev/null; check "--dns-result-order bad value rejected" "9" "$?"
check "--dns-cache" "true" "$("$P" --dns-cache -p 'require("dns").getLookupCacheStats().enabled')"
check "lookup cache off by default" "false" "$("$P" -p 'require("dns").getLookupCacheStats().enabled')"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
