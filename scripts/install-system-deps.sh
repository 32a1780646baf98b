#!/usr/bin/env bash
# Debian packages the project needs: a headless browser for the book's page tests, bubblewrap
# for the grading sandbox, PostgreSQL for the shared-gradebook tests.
# Installs only what is missing; needs root (or sudo) the first time.
set -euo pipefail
pkgs=(chromium chromium-driver bubblewrap postgresql)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
