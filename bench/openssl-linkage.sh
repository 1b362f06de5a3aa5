#!/usr/bin/env bash
# Start-up cost of linking OpenSSL (docs/DESIGN.md, "OpenSSL linkage"): compares two protojs
# binaries — shared libssl/libcrypto and static (cmake -DPJS_STATIC_OPENSSL=ON) — on
# `protojs -e 0`: instructions executed (valgrind/callgrind, exact and independent of machine
# load), the dynamic loader's share of them, median CPU and wall time of interleaved runs
# (perf stat), peak RSS and page faults (GNU time), and file size.
#
#   bench/openssl-linkage.sh SHARED_BINARY STATIC_BINARY [rounds=10] [runs=50]
set -euo pipefail
shared="$1"; static="$2"; rounds="${3:-10}"; runs="${4:-50}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for name in shared static; do
  bin=${!name}
  valgrind --tool=callgrind --callgrind-out-file="$tmp/$name.cg" "$bin" -e 0 2>/dev/null
  total=$(callgrind_annotate "$tmp/$name.cg" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
  loader=$(callgrind_annotate --threshold=100 "$tmp/$name.cg" 2>/dev/null |
           awk '/ld-linux/ {gsub(",", "", $1); s += $1} END {print s + 0}')
  echo "$name instructions $total loader $loader"
done

for ((r = 0; r < rounds; r++)); do
  for name in shared static; do
    bin=${!name}
    perf stat -r "$runs" -e task-clock "$bin" -e 0 2>&1 |
      awk -v n="$name" '/task-clock/ {c = $1} /elapsed/ {w = $1 * 1000} END {print n, "cpu_ms", c, "wall_ms", w}' >> "$tmp/times"
  done
done
for name in shared static; do
  for metric in cpu_ms wall_ms; do
    awk -v n="$name" -v m="$metric" '$1 == n { for (i = 2; i < NF; i += 2) if ($i == m) print $(i + 1) }' "$tmp/times" |
      sort -n | awk -v n="$name" -v m="$metric" '{ v[NR] = $1 } END { printf "%s median %s %.2f\n", n, m, (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
  done
done

for name in shared static; do
  bin=${!name}
  for i in 1 2 3 4 5; do /usr/bin/time -f "%M %R" "$bin" -e 0 2>&1; done |
    sort -n | sed -n 3p | awk -v n="$name" -v s="$(stat -c %s "$bin")" '{print n, "maxrss_kb", $1, "minor_faults", $2, "file_bytes", s}'
done
