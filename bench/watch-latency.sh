#!/usr/bin/env bash
# Save-to-PDF latency of `brief watch`: starts the watcher on a copy of the seed brief, edits one paragraph N times and
# measures, for each edit, the time from the write to the PDF being replaced (its inode changes: outputs are renamed
# into place). Two kinds of save: the whole file written in place, and an editor-style save (a temporary file written
# beside it, then renamed over it). Prints medians, and the watcher's own rebuild times ("built … in N ms").
#   bash bench/watch-latency.sh                    # builds the CLI (Release) and runs it through its apphost
#   BRIEF=/path/to/brief bash bench/watch-latency.sh   # a published binary (native: templates next to it)
#   EDITS=30 GAP=0.4 bash bench/watch-latency.sh   # edits per kind of save, seconds between edits
set -euo pipefail
cd "$(dirname "$0")/.."
edits=${EDITS:-20}
gap=${GAP:-0.4}
tmp=$(mktemp -d)
watcher=
cleanup() { [ -n "$watcher" ] && kill "$watcher" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

if [ -n "${BRIEF:-}" ]; then brief=$BRIEF
else
  echo "building brief (Release)…" >&2
  dotnet build src/BriefGenerator.Cli -c Release -o "$tmp/tool" >/dev/null
  brief=$tmp/tool/brief
fi
templates=$(dirname "$brief")/templates; [ -d "$templates" ] || templates=templates
mkdir -p "$tmp/content/seed"
cp content/us-uzbekistan-security/brief.md "$tmp/content/seed/brief.md"

"$brief" watch --content "$tmp/content" --templates "$templates" --out "$tmp/out" >"$tmp/watch.log" 2>&1 &
watcher=$!
for _ in $(seq 600); do grep -q "^Watching" "$tmp/watch.log" && break; sleep 0.1; done
grep -q "^Watching" "$tmp/watch.log" || { echo "watch did not start:"; cat "$tmp/watch.log"; exit 1; }

python3 - "$tmp" "$edits" "$gap" <<'PY'
import os, statistics, sys, time
tmp, edits, gap = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
brief = os.path.join(tmp, "content", "seed", "brief.md")
pdf = os.path.join(tmp, "out", "seed", "policy-brief.pdf")
seed = open(brief, encoding="utf-8").read()
end = seed.index("\n---", 4)
para_end = seed.index("\n\n", seed.index("\n\n", end + 4) + 2)  # end of the first body paragraph

def edited(n):
    return seed[:para_end] + f" Edit number {n}." + seed[para_end:]

def in_place(text):
    with open(brief, "w", encoding="utf-8") as f: f.write(text)

def editor_style(text):
    temp = brief + ".tmp"
    with open(temp, "w", encoding="utf-8") as f: f.write(text)
    os.replace(temp, brief)

def inode():
    try: return os.stat(pdf).st_ino
    except FileNotFoundError: return None

kinds = (("write in place", in_place), ("temp + rename", editor_style))
results = {name: [] for name, _ in kinds}
# The two kinds of save take turns, so both meet the process in the same state (JIT tiers, caches, machine load).
for n in range(1, 2 * edits + 1):
    name, save = kinds[n % 2]
    before = inode()
    start = time.monotonic()
    save(edited(n))
    while inode() == before:
        if time.monotonic() - start > 30: sys.exit(f"no new PDF 30 s after edit {n}")
        time.sleep(0.0005)
    results[name].append((time.monotonic() - start) * 1000)
    time.sleep(gap)
for name, times in results.items():
    print(f"save to PDF, {name:15} median {statistics.median(times):6.1f} ms   (min {min(times):.1f}, max {max(times):.1f}, {len(times)} edits)")
PY
sleep 0.5
# The watcher's own line per rebuild: "built   seed/policy-brief in 23 ms: …"; the first is the initial build.
grep -o "^built .* in [0-9]* ms" "$tmp/watch.log" | tail -n +2 | grep -o "[0-9]* ms$" | grep -o "^[0-9]*" | sort -n \
  | awk '{a[NR]=$1} END {if (NR) printf "rebuild inside watch            median %6.1f ms   (%d rebuilds)\n", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), NR}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
