#!/usr/bin/env bash
# preview.sh FILE.pdf|FILE.docx [OUT.png] — every page of a built brief side by side in one PNG, to look at.
# A DOCX is first converted to PDF by LibreOffice, as a Word user's machine would lay it out; LibreOffice's own
# complaints are printed. Needs Debian's poppler-utils and imagemagick (and libreoffice-writer-nogui for DOCX):
#   apt-get install -y poppler-utils imagemagick libreoffice-writer-nogui
set -euo pipefail
in=${1:?usage: scripts/preview.sh FILE.pdf|FILE.docx [OUT.png]}
out=${2:-${in%.*}.preview.png}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pdf=$in
if [[ $in == *.docx ]]; then
  soffice --headless --convert-to pdf --outdir "$tmp" "$in"
  pdf=$tmp/$(basename "${in%.*}").pdf
  [ -s "$pdf" ] || { echo "LibreOffice did not convert $in" >&2; exit 1; }
fi
pdftoppm -r "${DPI:-45}" -png "$pdf" "$tmp/p"
montage "$tmp"/p-*.png -tile "${TILE:-4x}" -geometry +6+6 -background '#888888' "$out"
echo "$out ($(ls "$tmp"/p-*.png | wc -l) pages)"
