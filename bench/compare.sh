#!/usr/bin/env bash
# The performance issue's table, measured side by side on this machine: each row with the peer (pandoc for DOCX,
# Typst for PDF, when installed) from the same run, and the machine's load before and after. Whole processes;
# medians of hyperfine runs for the cold build, /usr/bin/time (wall, peak resident memory) for the big ones.
#   bash bench/compare.sh                 # publishes the native binary first (minutes)
#   BRIEF=/path/to/brief bash bench/compare.sh   # uses an already published binary (templates next to it)
#   RUNS=10 BIG=0 bash bench/compare.sh   # BIG=0 skips the table and many-brief rows
#   MANY_ROUNDS=5 bash bench/compare.sh   # rounds of the one-core and all-cores many-brief builds, and for 500 briefs of
#                                         # the machine's ceiling in the same rounds (default 3; medians)
#   TYPST=0 bash bench/compare.sh         # no Typst peer (else the CLI on PATH, or typst.ts installed with npm)
#   AUTOGROUP_NICE=-20 bash bench/compare.sh   # the calling session's scheduling group at that nice while it runs
#   TMPDIR=/dev/shm bash bench/compare.sh      # every input and output on a RAM disk (mktemp honours TMPDIR): on a disk
#                                              # mounted with `discard`, deleting files waits for the disk, and creating
#                                              # files within minutes of deleting many is slow, which moves the
#                                              # many-brief and table rows with whatever ran before
# Where the kernel groups processes by session (/proc/sys/kernel/sched_autogroup_enabled = 1), the CPU is shared
# between sessions first: while another session keeps one core busy, a build's two worker processes share the other
# core, yet a --jobs 1 build keeps a whole one, so the many-brief ratio says more about the other sessions than about
# the build. A process's own nice does nothing against other sessions; its session's group nice does (root, or lowering).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
tmp=$(mktemp -d)
group=""
if [ -n "${AUTOGROUP_NICE:-}" ] && [ -w /proc/self/autogroup ]; then
  group=$(sed 's/.* nice //' /proc/self/autogroup)
  echo "$AUTOGROUP_NICE" > /proc/self/autogroup
fi
trap 'rm -rf "$tmp"; [ -z "$group" ] || echo "$group" > /proc/self/autogroup' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; scheduling group $(cat /proc/self/autogroup 2>/dev/null || echo none)"

if [ -n "${BRIEF:-}" ]; then brief=$BRIEF
elif command -v clang >/dev/null; then
  echo "publishing brief (Release, Native AOT)…" >&2
  dotnet publish src/BriefGenerator.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$tmp/tool" >/dev/null
  brief=$tmp/tool/brief
else
  echo "clang not found (apt-get install clang): publishing ReadyToRun instead, which starts several times slower" >&2
  dotnet publish src/BriefGenerator.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$tmp/tool" >/dev/null
  brief=$tmp/tool/brief
fi
templates=$(dirname "$brief")/templates; [ -d "$templates" ] || templates=templates
seed=content/us-uzbekistan-security/brief.md

# 1. Cold seed build (PDF + DOCX) against pandoc (DOCX only) and Typst (PDF only); brief --version as the floor; then the
#    same commands interleaved.
names=(brief version); cmds=("$brief build --force --templates $templates us-uzbekistan-security --out $tmp/out" "$brief --version")
if command -v pandoc >/dev/null; then names+=(pandoc); cmds+=("pandoc $seed -o $tmp/pandoc.docx"); fi
# Typst, PDF only: the seed as Typst markup (bench/seed_to_typst.py: headings, lists, emphasis and the six tables),
# set in the same Noto fonts. The Typst CLI if it is on PATH; otherwise typst.ts (Typst as a Node add-on, from the npm
# registry; installed once into a cache folder), whose time includes Node's own start-up, measured beside it.
python3 bench/seed_to_typst.py "$seed" "$tmp/seed.typ"
if command -v typst >/dev/null; then
  names+=(typst); cmds+=("typst compile --font-path templates/fonts $tmp/seed.typ $tmp/seed.pdf")
elif command -v node >/dev/null && [ "${TYPST:-1}" = 1 ]; then
  peers=${PEERS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/briefgenerator-peers}
  [ -d "$peers/node_modules/@myriaddreamin/typst-ts-node-compiler" ] ||
    npm install --prefix "$peers" --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler@0.7.0 >/dev/null 2>&1 || true
  if [ -d "$peers/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
    export NODE_PATH=$peers/node_modules
    names+=(typst node); cmds+=("node bench/typst-pdf.cjs $tmp/seed.typ $tmp/seed.pdf templates/fonts" "node -e 0")
  fi
fi
hyperfine -N --warmup 2 --runs "$runs" --export-json "$tmp/cold.json" "${cmds[@]}" >/dev/null 2>&1
python3 - "$tmp/cold.json" "${names[@]}" <<'PY'
import json, sys
med = {n: r["median"] for n, r in zip(sys.argv[2:], json.load(open(sys.argv[1]))["results"])}
res = dict(zip(sys.argv[2:], json.load(open(sys.argv[1]))["results"]))
cpu = {n: (r["user"] + r["system"]) * 1000 for n, r in res.items()}
print(f"cold seed, PDF + DOCX, native   {med['brief']*1000:7.1f} ms, {cpu['brief']:.0f} ms CPU (mean)   (brief --version {med['version']*1000:.1f} ms)")
for peer, what in (("pandoc", "DOCX only"), ("typst", "PDF only")):
    if peer in med: print(f"  vs {peer} ({what})  {med[peer]*1000:7.1f} ms, {cpu[peer]:.0f} ms CPU   ratio {med['brief']/med[peer]:.2f}x, CPU {cpu['brief']/cpu[peer]:.2f}x  (target <= 0.6)")
    else: print(f"  vs {peer}: not installed")
if "node" in med:
    floor = med["typst"] - med["node"]
    print(f"     typst.ts runs in Node, whose start-up alone is {med['node']*1000:.1f} ms: without it Typst takes {floor*1000:.1f} ms, ratio {med['brief']/floor:.2f}x")
PY
# The same commands taken in turn, round after round (bench/interleave.py): hyperfine above runs each command's runs
# together, so a machine whose speed drifts within minutes can move the ratio by a tenth between runs of compare.sh.
inter=()
for k in "${!names[@]}"; do case ${names[k]} in brief|pandoc|typst) inter+=("${names[k]}" "${cmds[k]}");; esac; done
python3 bench/interleave.py "$runs" "${inter[@]}"

# 6. DOCX size of the seed, against pandoc's.
docx=$(stat -c %s "$tmp/out/us-uzbekistan-security/policy-brief.docx")
printf 'seed DOCX size                  %7d KB   (target <= 200 KB)%s\n' $((docx / 1024)) \
  "$( [ -f "$tmp/pandoc.docx" ] && echo ", pandoc's $(( $(stat -c %s "$tmp/pandoc.docx") / 1024 )) KB")"

[ "${BIG:-1}" = 1 ] || { echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"; exit 0; }
timed() { /usr/bin/time -f "%e %M" -o "$tmp/t" "$@" >/dev/null 2>&1 || true; read -r secs kb < "$tmp/t"; echo "$secs $((kb / 1024))"; }

# 4. One table of N rows, both formats; the rows counted back in the PDF's text, so the figure is for complete output.
for n in ${ROWS:-1000 5000 20000 50000}; do
  mkdir -p "$tmp/big$n/table"
  python3 - "$tmp/big$n/table/brief.md" "$n" <<'PY'
import sys
n = int(sys.argv[2])
rows = ["---\ntitle: A Brief With a Large Table\ndate: 2026-01-15\n---\n\nA lede paragraph.\n\n## The Data {#data}\n\n",
        "Table: Every district and its figures {#tbl-data}\n\n| District | Region | Population | Water use (m³) | Note |\n|:--|:--|--:|--:|:--|\n"]
rows += [f"| District {i} | Region {i % 14} | {10_000 + i * 37:,} | {i * 1.7:.1f} | Irrigation canal {i % 9} needs lining |\n" for i in range(1, n + 1)]
open(sys.argv[1], "w").write("".join(rows))
PY
  read -r secs mb <<<"$(timed "$brief" build --force --templates "$templates" --content "$tmp/big$n" --out "$tmp/outbig$n")"
  rows=$(pdftotext "$tmp/outbig$n/table/policy-brief.pdf" - 2>/dev/null | grep -c '^District [0-9]' || true)
  # The DOCX's table rows, header row included (so n + 1 when every row is there).
  trs=$(unzip -p "$tmp/outbig$n/table/policy-brief.docx" word/document.xml 2>/dev/null | grep -o '<w:tr[ >]' | wc -l || true)
  line=$(printf 'table %6d rows, both formats %7.2f s  peak %5d MB  (%d of %d rows in the PDF text, %d of %d in the DOCX)' "$n" "$secs" "$mb" "$rows" "$n" "$((trs > 0 ? trs - 1 : 0))" "$n")
  if [ "$n" = 20000 ] && command -v pandoc >/dev/null && [ "${PEERS_BIG:-0}" = 1 ]; then
    read -r psecs pmb <<<"$(timed pandoc "$tmp/big$n/table/brief.md" -o "$tmp/big.docx")"
    line+=$(printf '; pandoc DOCX %.2f s %d MB' "$psecs" "$pmb")
  fi
  echo "$line"
done

# 3 and 5. Many briefs in one build: one core against all, then a build with nothing changed (and with --verify).
# Every brief differs from the others (its own title, words and figures in every paragraph, list item and table row:
# bench/many_briefs.py), so no cache keyed on content can stand in for building it.
cpu() { /usr/bin/time -f "%e %M %U %S" -o "$tmp/t" "$@" >/dev/null 2>&1 || true; read -r secs kb user sys < "$tmp/t"; echo "$secs $((kb / 1024)) $user $sys"; }
# On a shared virtual machine the speed of a core moves from minute to minute (the one-core build's CPU a brief has
# moved by a third between runs), so a single pair of timings says more about the minute than about the build: each
# row is MANY_ROUNDS rounds (default 3) of the one-core and the all-cores build, which one goes first alternating,
# and reports the median of the rounds' ratios with their range.
rounds=${MANY_ROUNDS:-3}
# Each timed build (of $n briefs, round $r) writes into a folder of its own that nothing was deleted from: on this
# machine's disk (ext4 without a journal) creating a file within minutes of deleting many scans past every recently
# deleted inode (find_inode_bit -> recently_deleted: up to 1.4 s of a 500-brief build's system time), so deleting one
# build's outputs before the next would charge the next for it. Removed after the last timing.
one_core() { cpu "$brief" build --force --jobs 1 --templates "$templates" --content "$tmp/many$n" --out "$tmp/outmany${n}j1r$r"; }
# All cores: the default, which builds this many briefs in worker processes beside its own (--processes auto); its
# memory is the sum of the processes' peaks (bench/tree_rss.py), which /usr/bin/time's largest-process figure would
# understate.
all_cores() { python3 bench/tree_rss.py "$brief" build --force --templates "$templates" --content "$tmp/many$n" --out "$tmp/outmany${n}r$r"; }
# The machine's own ceiling for that ratio, in the same rounds as the 500-brief builds: the 500 briefs split into two
# halves, each built by its own `--jobs 1` process (no shared heap, no shared caches, no locks), one after the other
# and then side by side. On a shared virtual machine two busy cores are not always twice one, and how far they fall
# short moves from minute to minute; a build whose halves share nothing can match this but not be counted on to beat
# it, so each round also gives the build's ratio over the ceiling's from the same minute. Every timing writes into new folders, as the builds above do, and
# nothing is deleted in between: a rebuild over old outputs waits for the file system to free them (on a disk mounted
# with `discard`, milliseconds a file), and new files right after a deletion cost more (above), either of which only
# the later timings would otherwise pay.
half() { "$brief" build --force --jobs 1 --templates "$templates" --content "$tmp/half$1" --out "$tmp/outhalf$2$1" >/dev/null 2>&1 || true; }
# Nanoseconds for round $r's halves one after the other, and side by side.
apart() { local t0 t1; t0=$(date +%s%N); half 1 "a$r"; half 2 "a$r"; t1=$(date +%s%N); echo $((t1 - t0)); }
together() { local t0 t1; t0=$(date +%s%N); half 1 "b$r" & half 2 "b$r"; wait; t1=$(date +%s%N); echo $((t1 - t0)); }
for n in 100 500; do
  python3 bench/many_briefs.py "$seed" "$tmp/many$n" "$n"
  if [ "$n" = 500 ]; then
    mkdir -p "$tmp/half1" "$tmp/half2"
    i=0; for d in "$tmp"/many500/*/; do i=$((i + 1)); cp -r "$d" "$tmp/half$(( i % 2 + 1 ))/"; done
  fi
  : > "$tmp/many$n.txt"
  for r in $(seq 1 "$rounds"); do
    if [ $((r % 2)) = 1 ]; then o=$(one_core); a=$(all_cores); else a=$(all_cores); o=$(one_core); fi
    c=""
    if [ "$n" = 500 ]; then if [ $((r % 2)) = 1 ]; then c1=$(apart); c2=$(together); else c2=$(together); c1=$(apart); fi; c="$c1 $c2"; fi
    echo "$o $a $c" >> "$tmp/many$n.txt"
  done
  built=$(find "$tmp/outmany${n}r1" -name 'policy-brief.pdf' | wc -l)
  python3 - "$tmp/many$n.txt" "$n" "$built" <<'PY'
import statistics as st, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
n, built = int(sys.argv[2]), sys.argv[3]
# one: secs MB user sys; all: wall user sys sum-MB max-MB processes exit; for 500 also the ceiling: apart, together (ns)
one = [r[0] for r in rows]; allw = [r[4] for r in rows]; ratios = [r[0] / r[4] for r in rows]
cpu1 = st.median((r[2] + r[3]) * 1000 / n for r in rows); cpua = st.median((r[5] + r[6]) * 1000 / n for r in rows)
print(f"{n} briefs, {len(rows)} rounds: --jobs 1 {st.median(one):.2f} s ({max(int(r[1]) for r in rows)} MB), all cores {st.median(allw):.2f} s "
      f"({max(int(r[7]) for r in rows)} MB, {int(rows[0][9])} processes): {st.median(ratios):.2f}x, rounds {min(ratios):.2f}-{max(ratios):.2f}x (target >= 1.8), "
      f"{st.median(allw) * 1000 / n:.1f} ms a brief (target <= 10); CPU (user + sys) a brief {cpu1:.1f} / {cpua:.1f} ms; {built} of {n} PDFs")
if len(rows[0]) > 11:
    ceil = [r[11] / r[12] for r in rows]; of = [a / c for a, c in zip(ratios, ceil)]
    print(f"  machine ceiling, same rounds: two --jobs 1 processes of 250 briefs, one after the other {st.median(r[11] for r in rows) / 1e9:.2f} s, "
          f"side by side {st.median(r[12] for r in rows) / 1e9:.2f} s: {st.median(ceil):.2f}x, rounds {min(ceil):.2f}-{max(ceil):.2f}x; "
          f"the build's ratio over the ceiling's, round by round: median {st.median(of):.3f}, {min(of):.3f}-{max(of):.3f}")
PY
done
# Every timed build's outputs but round 1's of 500 briefs (the no-change build below reuses those) go.
mv "$tmp/outmany500r1" "$tmp/outmany500"
rm -rf "$tmp"/outhalf* "$tmp"/outmany*r[0-9]*
# The peer for a no-change build is the least any tool must do: one stat of each of the 1,000 outputs.
hyperfine -N --warmup 1 --runs "$runs" --export-json "$tmp/nc.json" \
  "$brief build --templates $templates --content $tmp/many500 --out $tmp/outmany500" \
  "$brief build --verify --templates $templates --content $tmp/many500 --out $tmp/outmany500" \
  "stat -c %s $(echo "$tmp"/outmany500/*/*.pdf "$tmp"/outmany500/*/*.docx)" "$brief --version" >/dev/null 2>&1
python3 - "$tmp/nc.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
cpu = lambda x: (x["user"] + x["system"]) * 1000
print(f"no-change build, 500 briefs     {r[0]['median']*1000:7.1f} ms, {cpu(r[0]):.0f} ms CPU (mean) (target <= 150); with --verify {r[1]['median']*1000:.0f} ms; "
      f"brief --version {r[3]['median']*1000:.0f} ms")
print(f"  vs stat of the 1,000 outputs {r[2]['median']*1000:7.1f} ms   ratio {r[0]['median']/r[2]['median']:.1f}x")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
