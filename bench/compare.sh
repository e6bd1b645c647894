#!/usr/bin/env bash
# Times `brief build --force` of the seed brief (PDF and DOCX) as a whole process, against what a user would run
# instead: pandoc (Markdown to DOCX) and pandoc + LibreOffice (DOCX to PDF), when they are installed.
# Prints medians and ratios. Uses hyperfine (Debian package `hyperfine`); falls back to /usr/bin/time.
#   bash bench/compare.sh            # RUNS=10 by default
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

echo "publishing brief (Release, ReadyToRun)…" >&2
dotnet publish src/BriefGenerator.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$tmp/tool" >/dev/null
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
  hyperfine --warmup 2 --runs "$runs" --export-json "$tmp/times.json" "${cmds[@]}" >&2
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
