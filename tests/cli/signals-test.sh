#!/usr/bin/env bash
# process signal events (process.on('SIGINT'…)) compared with node: stdout and the exit status
# the shell sees (128+signal when the default action kills the process).
# Usage: signals-test.sh <protojs> <node24>
set -u
P="$1"; N="$2"
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
check() {  # name expected actual
  if [ "$2" == "$3" ]; then pass=$((pass+1)); else fail=$((fail+1)); printf 'FAIL %s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"; fi
}
same() {  # name, then a command run with $BIN set to each runtime: stdout + exit status compared
  local name="$1"; shift
  local e a
  e=$(cd "$tmp" && BIN="$N" timeout 10 bash -c "$*" 2>/dev/null; echo "[exit $?]")
  a=$(cd "$tmp" && BIN="$P" timeout 10 bash -c "$*" 2>/dev/null; echo "[exit $?]")
  check "$name" "$e" "$a"
}
cd "$tmp"

cat > handled.js <<'JS'
const sig = process.argv[2];
const keepAlive = setInterval(() => {}, 1000);
process.on(sig, (name, num) => {
  console.log('handler', name, typeof num);
  setTimeout(() => {
    console.log('still running');
    process.removeAllListeners(sig);
    clearInterval(keepAlive);
  }, 5);
});
process.kill(process.pid, sig);
console.log('sent');
JS
for s in SIGINT SIGTERM SIGHUP SIGUSR2; do
  same "handled $s" '"$BIN" handled.js '$s
done

cat > unhandled.js <<'JS'
process.kill(process.pid, process.argv[2]);
setTimeout(() => console.log('not reached'), 2000);
JS
for s in SIGINT SIGTERM SIGHUP; do
  same "default $s" '"$BIN" unhandled.js '$s
done

cat > removed.js <<'JS'
const sig = process.argv[2];
const h = () => console.log('must not run');
process.on(sig, h);
process.off(sig, h);
process.kill(process.pid, sig);
setTimeout(() => console.log('not reached'), 2000);
JS
same "removed SIGINT" '"$BIN" removed.js SIGINT'
same "removed SIGTERM" '"$BIN" removed.js SIGTERM'

cat > once.js <<'JS'
process.once('SIGUSR2', (name) => {
  console.log('once', name);
  setTimeout(() => process.kill(process.pid, 'SIGUSR2'), 5);
});
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => console.log('not reached'), 2000);
JS
same "once then default" '"$BIN" once.js'

cat > unref.js <<'JS'
process.on('SIGINT', () => console.log('never'));
process.on('SIGTERM', () => console.log('never'));
console.log('listening does not keep the process alive');
JS
same "unref" '"$BIN" unref.js'

cat > notsignal.js <<'JS'
process.on('SIGFOO', (x) => console.log('SIGFOO is a plain event', x));
process.emit('SIGFOO', 1);
try { process.on('SIGKILL', () => {}); } catch (e) { console.log(e.name, e.code, e.syscall, e.message); }
console.log(process.listenerCount('SIGKILL'));
JS
same "not a signal / SIGKILL" '"$BIN" notsignal.js'

cat > external.js <<'JS'
process.on('SIGHUP', (name) => { console.log('got', name); clearInterval(t); });
const t = setInterval(() => {}, 1000);
console.log('ready');
JS
# A signal from another process.
same "external SIGHUP" '"$BIN" external.js > out.txt & pid=$!; for i in $(seq 400); do grep -q ready out.txt 2>/dev/null && break; sleep 0.05; done; kill -HUP $pid; wait $pid; st=$?; cat out.txt; exit $st'

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
