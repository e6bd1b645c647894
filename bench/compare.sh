#!/usr/bin/env bash
# Times `brief build --force` of the seed brief (PDF and DOCX) as a whole process, against what a user would run
# instead: pandoc (Markdown to DOCX) and pandoc + LibreOffice (DOCX to PDF), when they are installed.
# Prints medians and ratios. Uses hyperfine (Debian package `hyperfine`); falls back to /usr/bin/time.
#   bash bench/compare.sh            # RUNS=10 by default
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# The binary users are told to publish (README, "A native binary"): Native AOT, which needs clang. Without clang,
# fall back to ReadyToRun and say so, since start-up is then several times slower.
if command -v clang >/dev/null; then
  echo "publishing brief (Release, Native AOT)…" >&2
  dotnet publish src/BriefGenerator.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$tmp/tool" >/dev/null
else
  echo "clang not found (apt-get install clang): publishing ReadyToRun instead, which starts several times slower" >&2
  dotnet publish src/BriefGenerator.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$tmp/tool" >/dev/null
fi
seed=content/us-uzbekistan-security/brief.md
names=(brief)
cmds=("$tmp/tool/brief build --force us-uzbekistan-security --out $tmp/out")
if command -v pandoc >/dev/null; then
  names+=(pandoc-docx); cmds+=("pandoc $seed -o $tmp/pandoc.docx")
  if command -v soffice >/dev/null; then
    pandoc "$seed" -o "$tmp/pandoc.docx"
    names+=(soffice-pdf); cmds+=("soffice --headless --convert-to pdf --outdir $tmp/lo $tmp/pandoc.docx")
  fi
fi

if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$tmp/times.json" "${cmds[@]}" >&2
  python3 - "$tmp/times.json" "${names[@]}" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))["results"]
names = sys.argv[2:]
med = {n: r["median"] for n, r in zip(names, data)}
for n in names: print(f"{n:12s} median {med[n]*1000:8.1f} ms")
if "pandoc-docx" in med:
    print(f"brief / pandoc-docx            = {med['brief']/med['pandoc-docx']:.2f}x  (target <= 2.5)")
if "soffice-pdf" in med:
    chain = med["pandoc-docx"] + med["soffice-pdf"]
    print(f"brief / (pandoc + LibreOffice)  = {med['brief']/chain:.2f}x  (target <= 0.25; chain {chain*1000:.0f} ms)")
PY
else
  for i in "${!cmds[@]}"; do
    for r in $(seq "$runs"); do /usr/bin/time -f "%e" bash -c "${cmds[$i]}" 2>>"$tmp/${names[$i]}.t" >/dev/null; done
    printf '%-12s median %s s\n' "${names[$i]}" "$(sort -n "$tmp/${names[$i]}.t" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
  done
fi

# The two size targets, as whole processes of the same binary: a brief with a 20,000-row table (at most 10 s and
# 1 GiB peak), and 100 briefs in one build (at most 15 s). Wall time and peak resident memory from /usr/bin/time.
if [ "${BIG:-1}" = 1 ] && [ -x /usr/bin/time ]; then
  mkdir -p "$tmp/big/table" "$tmp/many"
  python3 - "$tmp/big/table/brief.md" <<'PY'
import sys
rows = ["---\ntitle: A Brief With a Large Table\ndate: 2026-01-15\n---\n\nA lede paragraph.\n\n## The Data {#data}\n\n",
        "Table: Every district and its figures {#tbl-data}\n\n| District | Region | Population | Water use (m³) | Note |\n|:--|:--|--:|--:|:--|\n"]
rows += [f"| District {i} | Region {i % 14} | {10_000 + i * 37:,} | {i * 1.7:.1f} | Irrigation canal {i % 9} needs lining |\n" for i in range(1, 20_001)]
open(sys.argv[1], "w").write("".join(rows))
PY
  for i in $(seq -w 1 100); do mkdir -p "$tmp/many/brief-$i"; cp "$seed" "$tmp/many/brief-$i/brief.md"; done
  for what in big many; do
    /usr/bin/time -f "%e %M" -o "$tmp/$what.time" "$tmp/tool/brief" build --force --content "$tmp/$what" --out "$tmp/out-$what" >/dev/null
    read -r secs kb < "$tmp/$what.time"
    label=$([ $what = big ] && echo "20,000-row table" || echo "100 briefs")
    printf '%-18s %6.2f s  peak %5d MB\n' "$label" "$secs" $((kb / 1024))
  done
fi
