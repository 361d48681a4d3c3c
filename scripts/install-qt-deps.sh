#!/usr/bin/env bash
# Install the Debian libraries Qt (PySide6) needs offscreen and under Xvfb (see shared/STACK.md),
# and a font with Hangul for the Korean interface.
# Needs root (or sudo). Does nothing for packages already installed.
set -euo pipefail

PACKAGES=(
  # offscreen rendering
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core
  # Hangul: NanumGothic/NanumMyeongjo (10 MB download; fonts-noto-cjk would be 57 MB)
  fonts-nanum
  # a real X window (xcb plugin) and a virtual display for end-to-end tests
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth
  # a virtual environment for Debian's python3
  python3-venv
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: run as root or install sudo to get: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
echo "Installing system libraries for Qt: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
