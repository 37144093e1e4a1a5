#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run every benchmark in full (CTest runs them only with --quick) on an optimised build
# (the bench preset: release flags, with the tests and benchmarks the release preset leaves out).
#   scripts/bench.sh [NAME-FILTER]     e.g. scripts/bench.sh factor
# Each benchmark prints its own measurements: ratios measured side by side in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/lab.sh deps
cmake --preset bench >/dev/null
cmake --build --preset bench
filter=${1:-}
status=0
for b in build/bench/bin/bench_*; do
  [ -x "$b" ] || continue
  case "$(basename "$b")" in *"$filter"*) ;; *) continue ;; esac
  echo "== $(basename "$b")"
  "$b" || status=1
done
exit $status
