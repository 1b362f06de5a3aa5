#!/usr/bin/env bash
# Differential test: runs one script under protojs and under Node 24 and compares stdout and
# the exit code. A script may name its arguments on a line "// diff-args: a b c".
set -u
protojs="$1"; node="$2"; script="$3"
args=$(sed -n 's|^// diff-args: ||p' "$script" | head -n1)
dir=$(dirname "$script")
expected=$(cd "$dir" && NO_COLOR=1 "$node" "$script" $args 2>/dev/null); ecode=$?
actual=$(cd "$dir" && NO_COLOR=1 "$protojs" "$script" $args 2>/tmp/pjs-diff-stderr.$$); acode=$?
if [ "$expected" != "$actual" ] || [ "$ecode" != "$acode" ]; then
  echo "DIFF $script (exit node=$ecode protojs=$acode)"
  diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") | head -n 60
  echo "--- protojs stderr:"; head -n 30 /tmp/pjs-diff-stderr.$$
  rm -f /tmp/pjs-diff-stderr.$$
  exit 1
fi
rm -f /tmp/pjs-diff-stderr.$$
echo "same output ($(printf '%s\n' "$expected" | wc -l) lines, exit $ecode)"
