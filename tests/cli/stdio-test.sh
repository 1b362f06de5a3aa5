#!/usr/bin/env bash
# process.stdin/stdout/stderr over pipes and files, compared with node's where node behaves
# the same. Usage: stdio-test.sh <protojs> <node24>
set -u
P="$1"; N="$2"
pass=0; fail=0
tmp=$(mktemp -d); trap 'exec 3>&- 2>/dev/null; rm -rf "$tmp"' EXIT
check() {  # name expected actual
  if [ "$2" == "$3" ]; then pass=$((pass+1)); else fail=$((fail+1)); printf 'FAIL %s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"; fi
}
same() {  # name, then a command run with $BIN set to each runtime: stdout + exit code compared
  local name="$1"; shift
  local e a
  e=$(cd "$tmp" && BIN="$N" bash -c "$*" 2>/dev/null; echo "[exit $?]")
  a=$(cd "$tmp" && BIN="$P" bash -c "$*" 2>/dev/null; echo "[exit $?]")
  check "$name" "$e" "$a"
}
cd "$tmp"
cat > echo.js <<'JS'
let n = 0;
process.stdin.on('data', (d) => { n += d.length; process.stdout.write(d.toString().toUpperCase()); });
process.stdin.on('end', () => console.log('end', n, process.stdin.readableEnded));
JS
cat > lines.js <<'JS'
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let i = 0;
  for await (const line of rl) console.log(++i, JSON.stringify(line));
  console.log('done');
})();
JS
cat > readable.js <<'JS'
const decoder = new TextDecoder();
let all = '';
process.stdin.on('readable', () => { let c; while ((c = process.stdin.read()) !== null) all += decoder.decode(c, { stream: true }); });
process.stdin.on('end', () => console.log(JSON.stringify(all)));
JS
cat > props.js <<'JS'
const { Writable, Readable } = require('stream');
for (const name of ['stdout', 'stderr']) {
  const s = process[name];
  console.log(name, s.fd, s._type, s.isTTY, s.writable, s instanceof Writable, s._isStdio, typeof s.getColorDepth, typeof s.columns);
}
const i = process.stdin;
console.log('stdin', i.fd, i.isTTY, i.readable, i instanceof Readable, i.readableFlowing, typeof i.setRawMode);
JS
cat > question.js <<'JS'
const rl = require('readline').createInterface({ input: process.stdin, output: process.stdout });
rl.question('name? ', (a) => { console.log(`hi ${a}`); rl.question('age? ', (b) => { console.log(`age ${b}`); rl.close(); }); });
rl.on('close', () => console.log('closed'));
JS
printf 'one\ntwo\r\nthree' > input.txt
cat > writes.js <<'JS'
const out = process.stdout;
out.write('plain ');
out.write('aGk=', 'base64');
out.write(' ');
out.write('h\u00e9', 'latin1');
out.write(' ');
out.write('x\u00e9', 'ucs2');
out.write(' ');
out.write(new Uint16Array([0x4241]));
out.cork();
out.write(' corked1');
out.write(Buffer.from(' corked2'));
out.write(' corked3', 'ascii');
process.nextTick(() => out.uncork());
out.write('\n', () => console.log('bytes', out.bytesWritten > 0, out.writableLength));
JS

same "pipe to stdin: data/end"        'printf "abc\ndef\n" | $BIN echo.js'
same "pipe to stdin: readline lines"  'printf "a\r\nb\n\nc" | $BIN lines.js'
same "pipe to stdin: readable/read"   'printf "x€y" | $BIN readable.js'
same "file on stdin: data/end"        '$BIN echo.js < input.txt'
same "file on stdin: readline lines"  '$BIN lines.js < input.txt'
same "empty pipe on stdin"            'printf "" | $BIN lines.js'
same "question over pipes"            'printf "Ada\n42\n" | $BIN question.js'
same "question, input ends first"     'printf "Ada" | $BIN question.js'
same "stdio properties, pipes"        'echo | $BIN props.js | cat'
same "stdio properties, files"        '$BIN props.js < input.txt > out.txt 2>err.txt; cat out.txt'
same "stdout to a file"               '$BIN -e "process.stdout.write(\"a\"); console.log(\"b\"); process.stdout.write(new Uint8Array([99, 10]))" > f.txt; cat f.txt'
same "order of console and stdout"    '$BIN -e "console.log(1); process.stdout.write(\"2\\n\"); console.log(3)" | cat'
same "stderr to a pipe"               '$BIN -e "process.stderr.write(\"err\\n\"); console.error(\"e2\")" 2>&1 >/dev/null | cat'
same "write callback and encoding"    '$BIN -e "process.stdout.write(\"h\xe9\", \"latin1\", () => console.log(\" cb\"))" | cat'
same "encodings and writev (pipe)"    '$BIN writes.js | od -c'
same "encodings and writev (file)"    '$BIN writes.js > w.txt; od -c w.txt'
same "end() on a piped stdout"        '$BIN -e "process.stdout.on(\"finish\", () => console.error(\"finish\")); process.stdout.end(\"x\\n\")" 2>&1 | cat'
same "EPIPE: console.log ignores it"  '$BIN -e "for (let i = 0; i < 100000; i++) console.log(i)" | head -1'
same "EPIPE: write throws uncaught"   '$BIN -e "for (let i = 0; i < 100000; i++) process.stdout.write(i + \"\\n\")" | head -1; exit ${PIPESTATUS[0]}'
same "EPIPE: an error listener"       '$BIN -e "process.stdout.on(\"error\", (e) => { console.error(e.code); process.exit(3) }); for (let i = 0; i < 100000; i++) process.stdout.write(i + \"\\n\")" | head -1; exit ${PIPESTATUS[0]}'
same "stdin paused after reading"     'printf "1\n2\n" | $BIN -e "process.stdin.once(\"data\", (d) => { console.log(String(d).length > 0); process.stdin.pause(); })"'

# protojs writes pipes synchronously: nothing is lost at process.exit() (node loses all but 64 KiB).
check "large output complete at exit" "1000000" "$("$P" -e "process.stdout.write('x'.repeat(1e6)); process.exit()" | wc -c | tr -d ' ')"
check "large console output at exit" "200000" "$("$P" -e "for (let i = 0; i < 20000; i++) console.log('123456789'); process.exit(0)" | wc -c | tr -d ' ')"

# A program that never reads stdin exits although stdin stays open (a fifo we hold open).
mkfifo fifo
exec 3<>fifo
out=$(timeout 10 "$P" -e "process.stdin; console.log('exited')" <&3; echo "rc=$?")
check "unread stdin does not keep the process alive" $'exited\nrc=0' "$out"
out=$(timeout 10 "$P" -e "process.stdin.on('data', () => {}); process.stdin.pause(); setTimeout(() => console.log('exited'), 10)" <&3; echo "rc=$?")
check "paused stdin does not keep the process alive" $'exited\nrc=0' "$out"
out=$(timeout 10 "$P" -e "const rl = require('readline').createInterface({ input: process.stdin }); rl.close(); console.log('exited')" <&3; echo "rc=$?")
check "closed readline does not keep the process alive" $'exited\nrc=0' "$out"
exec 3>&-

# The descriptor flags are restored at exit (libuv made the pipe non-blocking).
flags=$( (echo hi | "$P" -e "process.stdin.on('data', () => {})" ; python3 -c "import fcntl, os; print(fcntl.fcntl(0, fcntl.F_GETFL) & os.O_NONBLOCK)") < /dev/null)
check "stdio flags restored" "0" "$flags"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
