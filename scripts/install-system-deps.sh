#!/usr/bin/env bash
# Debian packages the project needs: a headless browser for the book's page tests, bubblewrap
# for the grading sandbox, PostgreSQL for the shared-gradebook tests, npm for the book's MathJax.
# Installs only what is missing; needs root (or sudo) the first time.
set -euo pipefail
pkgs=(chromium chromium-driver bubblewrap postgresql)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm installs the book's offline MathJax (`npm ci`); any npm on PATH will do.
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
