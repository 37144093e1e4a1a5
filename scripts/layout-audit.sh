#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layout audit over every topic in the four configurations of issue "Lecture-ready screens":
# presenter 1920x1080 and 1280x720, normal 1920x1080 and 1366x768, each after a run of the topic's
# default experiment, in a real X server (Xvfb, no window manager). Writes one report per run into
# OUT_DIR and prints the number of problems per configuration.
#   scripts/layout-audit.sh [--no-run] [--config "MODE W H"]... [--topic ID]... [BUILD_DIR] [OUT_DIR]
#       (default: all four configurations, every topic, build/dev, build/layout-audit)
#   --no-run: audit the window as it opens, without running the experiment (what tests/gui/
#   tst_layoutscreens checks on the offscreen platform; this compares the two).
set -euo pipefail
run=(--run)
configs=()
only=()
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
    --no-run) run=(); shift ;;
    --config) configs+=("$2"); shift 2 ;;
    --topic) only+=("$2"); shift 2 ;;
    *) echo "layout-audit: unknown option $1 (--no-run, --config \"MODE W H\", --topic ID)" >&2; exit 2 ;;
    esac
done
build=${1:-build/dev}
out=${2:-build/layout-audit}
lab="$build/bin/concurrency-lab"
[[ -x "$lab" ]] || { echo "layout-audit: $lab is not built" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "layout-audit: xvfb-run is missing (apt-get install xvfb)" >&2; exit 2; }
mkdir -p "$out"
topics=$("$lab" --help | sed -n 's/.*open this topic: //p' | tr -d ',')
[[ ${#configs[@]} -gt 0 ]] || configs=("present 1920 1080" "present 1280 720" "normal 1920 1080" "normal 1366 768")
[[ ${#only[@]} -eq 0 ]] || topics="${only[*]}"
for config in "${configs[@]}"; do
    read -r mode width height <<<"$config"
    total=0
    for topic in $topics; do
        home=$(mktemp -d) # fresh settings: the default window size for this screen
        report="$out/$topic-$mode-${width}x$height.json"
        flags=(--topic "$topic" "${run[@]}" --quit-when-done --layout-report "$report")
        [[ $mode == present ]] && flags+=(--present)
        # The two-locks deadlock waits for the user to choose the victim; here the lab chooses.
        [[ $topic == deadlock ]] && flags+=(--set victim=thread-2)
        HOME=$home timeout 180 xvfb-run -a -s "-screen 0 ${width}x${height}x24" "$lab" "${flags[@]}" \
            >/dev/null 2>&1 || echo "layout-audit: $topic ($config) did not finish" >&2
        rm -rf "$home"
        count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["problems"]))' "$report" 2>/dev/null || echo "?")
        printf '%-18s %-8s %4sx%-4s %s\n' "$topic" "$mode" "$width" "$height" "$count"
        [[ $count == "?" ]] || total=$((total + count))
    done
    printf 'total %s %sx%s: %s problems\n' "$mode" "$width" "$height" "$total"
done
