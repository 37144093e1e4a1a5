#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Set up Concurrency Lab on Debian 12 and start it, or run every test.
#   scripts/lab.sh start [LAB ARGS...]   install what is missing, build (release), start the lab
#                                        (`start --version` builds and prints the version, no display)
#   scripts/lab.sh test                  install what is missing, build (dev preset), run every test
#   scripts/lab.sh deps                  only install the missing Debian packages
# Runs as root, or as a user with sudo. Builds go to build/<preset>.
set -euo pipefail
cd "$(dirname "$0")/.."

# The Debian packages the lab needs to build, run and test. The embedded image server is QTcpServer
# code of its own (no Qt HTTP server package); zlib compresses its PNGs and the kept recordings; the
# tests use xvfb/xauth for real-window checks and desktop-file-utils/appstream to validate the
# desktop entry and metainfo; Open MPI gives the factorization its mpi strategy (optional at build
# time: without it the strategy says it is unavailable).
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev libgl1-mesa-dev libxkbcommon-dev qt6-qpa-plugins
  zlib1g-dev
  xvfb xauth desktop-file-utils appstream dpkg-dev file coreutils python3
  openmpi-bin libopenmpi-dev
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "lab.sh: installing ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  local preset=$1
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

cmd=${1:-start}
[ $# -gt 0 ] && shift
case "$cmd" in
  deps) install_missing ;;
  start)
    install_missing
    build release
    # The window needs a display; --version, --help and the headless commands (sysinfo, run ...) do not.
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [[ "${1:--}" == -* ]]; then
      case " $* " in
        *" --version "* | *" -v "* | *" --help "* | *" -h "*) ;;
        *)
          echo "lab.sh: built build/release/bin/concurrency-lab, but there is no display to open its window on" >&2
          echo "        (DISPLAY and WAYLAND_DISPLAY are unset). Start it from a desktop session, or see" >&2
          echo "        'build/release/bin/concurrency-lab --help' for the headless commands." >&2
          exit 1
          ;;
      esac
    fi
    exec build/release/bin/concurrency-lab "$@"
    ;;
  test)
    install_missing
    build dev
    ctest --preset dev "$@"
    ;;
  *) echo "usage: scripts/lab.sh start|test|deps" >&2; exit 2 ;;
esac
