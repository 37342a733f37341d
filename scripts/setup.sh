#!/usr/bin/env bash
# Installs what the tests need, skipping what is already there:
#   Debian: chromium (browser tests), fonts-noto-cjk (Chinese in screenshots), libreoffice-calc-nogui
#   (opens result workbooks), libxml2-utils (xmllint: offline manifest validation), poppler-utils (pdftotext,
#   pdftoppm: the printed page's text and screenshots of PDFs), libsecret-1-dev (keytar, a native module
#   office-addin-debugging pulls in, builds against it), unzip, zip, time (/usr/bin/time: the bench's CPU and peak memory);
#   npm: the locked dependencies (npm ci) when node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

missing=()
for pkg in chromium fonts-noto-cjk libreoffice-calc-nogui libxml2-utils poppler-utils libsecret-1-dev unzip zip time; do
  if ! dpkg -s "$pkg" >/dev/null 2>&1; then missing+=("$pkg"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian packages: ${missing[*]}"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "setup: apt-get not found; please install: ${missing[*]}" >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
