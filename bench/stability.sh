#!/usr/bin/env bash
# bench/stability.sh: how still the default sweep's figures hold (issue 12).
# Runs `serverbench sweep --out DIR` (both embedded models, levels 1-100,
# n 1000, the default repeats) SWEEPS times in a row and prints, per cell:
#   - the requests/s each sweep reported (the course table's cell: the
#     median repeat) and their CV across the sweeps;
#   - the async/thread ratio the report states per sweep (its Comparison
#     section: the Hodges-Lehmann ratio over every repeat) and its CV, and
#     beside it the ratio of the two reported cells and its CV;
#   - each sweep's verdict at that level: ">" async significantly faster,
#     "<" slower, "=" no significant difference.
# then the summary the issue's goal is stated in: median and max CV across
# cells, and whether every level a verdict called significant got the same
# verdict in all sweeps.
#
# usage: bench/stability.sh [path/to/serverbench] [extra sweep options...]
#   env: SWEEPS=6
# Example: bench/stability.sh build/app/serverbench --repeat 1 --no-warm-up
#   (the sweep as it was before repeats, for comparison)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SB=${1:-${SERVERBENCH_BIN:-$HERE/../build/app/serverbench}}
shift || true
SWEEPS=${SWEEPS:-6}
PY=/usr/bin/python3
[ -x "$SB" ] || { echo "no serverbench binary at $SB" >&2; exit 1; }
[ -x "$PY" ] || { echo "missing $PY" >&2; exit 1; }

DIR=$(mktemp -d /tmp/serverbench-stability.XXXXXX)
trap 'rm -rf "$DIR"' EXIT INT TERM
export XDG_DATA_HOME="$DIR/xdg" # the autosaves stay in the temporary folder
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
[ -n "${XDG_RUNTIME_DIR:-}" ] || { mkdir -m 700 "$DIR/run"; export XDG_RUNTIME_DIR="$DIR/run"; }
ulimit -n 4096 2>/dev/null || true

echo "serverbench sweep --out DIR $* (x$SWEEPS)"
for i in $(seq 1 "$SWEEPS"); do
    t0=$(date +%s.%N)
    "$SB" sweep --lang en --out "$DIR/s$i" "$@" >/dev/null 2>"$DIR/s$i.err" \
        || { echo "sweep $i failed:" >&2; tail -n 5 "$DIR/s$i.err" >&2; exit 1; }
    t1=$(date +%s.%N)
    printf 'sweep %d: %.1f s\n' "$i" "$(echo "$t1 - $t0" | bc -l)"
done

"$PY" - "$DIR" "$SWEEPS" <<'PYEOF'
import csv, os, re, statistics, sys

root, sweeps = sys.argv[1], int(sys.argv[2])

def cv(values):
    if len(values) < 2 or statistics.mean(values) == 0:
        return float("nan")
    return statistics.stdev(values) / statistics.mean(values)

cells = {}    # (target, c) -> [rps per sweep]
verdicts = {} # c -> [">", "<", "=" per sweep]
stated = {}   # c -> [the report's ratio per sweep]
for i in range(1, sweeps + 1):
    with open(os.path.join(root, f"s{i}", "results.csv"), newline="") as f:
        for row in csv.DictReader(f):
            key = (row["target_key"], int(row["concurrency"]))
            rps = row["requests_per_second"]
            cells.setdefault(key, []).append(float(rps) if rps else float("nan"))
    report = open(os.path.join(root, f"s{i}", "benchmark.md"), encoding="utf-8").read()
    for line in report.splitlines():
        m = re.match(r"\* c = (\d+): (no significant difference)?.*= ([0-9.]+)×", line)
        if not m:
            continue
        c = int(m.group(1))
        verdict = "=" if m.group(2) else (">" if float(m.group(3)) > 1 else "<")
        verdicts.setdefault(c, []).append(verdict)
        stated.setdefault(c, []).append(float(m.group(3)))

levels = sorted({c for _, c in cells})
targets = sorted({t for t, _ in cells})
print()
print(f"{'target':8} {'c':>4}  requests/s in {sweeps} sweeps (reported cell)" + " " * 14 + "CV")
cell_cvs = []
for t in targets:
    for c in levels:
        values = cells.get((t, c), [])
        v = cv(values)
        cell_cvs.append(v)
        shown = " ".join(f"{x:8.0f}" for x in values)
        print(f"{t:8} {c:4}  {shown}  {100 * v:5.1f}%")
ratio_cvs = []
cell_ratio_cvs = []
consistent = True
print()
print(f"{'c':>4}  async/thread ratio the report states, {sweeps} sweeps" + " " * 18
      + "CV   (of the cells  CV)  verdicts")
for c in levels:
    a, b = cells.get(("async", c), []), cells.get(("thread", c), [])
    cell_ratios = [x / y for x, y in zip(a, b) if y == y and y > 0 and x == x]
    cell_ratio_cvs.append(cv(cell_ratios))
    ratios = stated.get(c, [])
    v = cv(ratios)
    ratio_cvs.append(v)
    vs = verdicts.get(c, [])
    significant = any(x != "=" for x in vs)
    same = len(vs) == sweeps and len(set(vs)) == 1
    if significant and not same:
        consistent = False
    print(f"{c:4}  " + " ".join(f"{r:6.2f}" for r in ratios)
          + f"  {100 * v:5.1f}%  ({statistics.median(cell_ratios) if cell_ratios else float('nan'):5.2f}"
          + f" {100 * cell_ratio_cvs[-1]:5.1f}%)  {''.join(vs)}"
          + ("" if same or not significant else "  <- differs"))

def summary(name, values):
    ok = [x for x in values if x == x]
    print(f"{name}: median CV {100 * statistics.median(ok):.1f}%, max {100 * max(ok):.1f}%"
          f" over {len(ok)} cells")

print()
summary("requests/s (reported cell)", cell_cvs)
summary("async/thread ratio the report states", ratio_cvs)
summary("async/thread ratio of the reported cells", cell_ratio_cvs)
print("verdicts: every significant verdict the same in all sweeps: "
      + ("yes" if consistent else "NO"))
PYEOF
