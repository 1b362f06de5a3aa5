#!/usr/bin/env bash
# node:test compared with Node 24: the order of what tests and hooks log, the summary counts,
# failure locations and the exit code. protojs's report also ends in "N passed, N failed".
# Usage: test-runner-test.sh <protojs> <node24>
set -u
P="$1"; N="$2"
cd "$(dirname "$0")"
pass=0; fail=0
check() {  # name expected actual
  if [ "$2" == "$3" ]; then pass=$((pass+1)); else fail=$((fail+1)); printf 'FAIL %s\n' "$1"; diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | head -20; fi
}
keep='^LOG |^ℹ (tests|suites|pass|fail|cancelled|skipped|todo) |^test at '
for case in "fixtures/runner-sample.test.js" "--test-only fixtures/runner-only.test.js"; do
  e=$("$N" $case 2>&1); ecode=$?
  a=$("$P" $case 2>&1); acode=$?
  check "$case: logs, counts, locations" "$(grep -E "$keep" <<<"$e")" "$(grep -E "$keep" <<<"$a")"
  check "$case: exit code" "$ecode" "$acode"
  passed=$(sed -n 's/^ℹ pass //p' <<<"$a"); failed=$(sed -n 's/^ℹ fail //p' <<<"$a")
  check "$case: closing line" "$passed passed, $failed failed" "$(tail -n 1 <<<"$a")"
done
# Node 24 waits for ever here; protojs fails the pending test once the loop is empty.
a=$(timeout 20 "$P" fixtures/runner-pending.test.js 2>&1); acode=$?
check "pending test: exit code" "1" "$acode"
check "pending test: reported" "1" "$(grep -c "^  'Promise resolution is still pending but the event loop has already resolved'" <<<"$a")"
check "pending test: later tests run" "2 passed, 1 failed" "$(tail -n 1 <<<"$a")"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
