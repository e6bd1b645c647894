#!/usr/bin/env bash
# Packs `brief` as a platform-specific .NET tool into a local feed folder (README, "As a .NET tool"):
#   pointer    BriefGenerator.Cli          names one package per runtime identifier; what `dotnet tool install` asks for
#   RID        BriefGenerator.Cli.<RID>    the native (Native AOT) `brief` for RID, with templates and fonts beside it
#   any        BriefGenerator.Cli.any      the framework-dependent tool (needs the .NET 10 runtime), installed where no
#                                          RID package matches
# Native AOT compiles for the machine's own OS only (and needs clang), so each RID package is made on its own OS:
# run `scripts/pack-tool.sh RID` there and copy the package into the same feed. The pointer must name exactly the
# RIDs whose packages are in the feed (--rids), or an install on a named RID fails instead of falling back to `any`.
#
# usage: scripts/pack-tool.sh [-o FEED] [--rids "linux-x64 osx-arm64 ..."] [--version V] [--artifacts DIR] [PART...]
#   PART is pointer, any or a RID; by default: pointer, any and this machine's RID (when --rids names it).
#   -o FEED         the feed folder (default: nupkg)
#   --rids LIST     the RID packages the pointer names, besides any (default: linux-x64)
#   --version V     the package version (default: the project's Version)
#   --artifacts DIR bin/ and obj/ for these builds (default: a temporary folder, removed at the end), so packing
#                   never rewrites the build output under src/
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/BriefGenerator.Cli

feed=nupkg; rids=linux-x64; version=; artifacts=; parts=()
while (($#)); do
  case $1 in
    -o|--output) feed=$2; shift 2 ;;
    --rids) rids=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --artifacts) artifacts=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "pack-tool.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) parts+=("$1"); shift ;;
  esac
done

host=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
if ((${#parts[@]} == 0)); then
  parts=(pointer any)
  for rid in ${rids//;/ }; do [ "$rid" = "$host" ] && parts+=("$host"); done
fi
for part in "${parts[@]}"; do
  if [ "$part" != pointer ] && [ "$part" != any ] && [ "$part" != "$host" ]; then
    echo "pack-tool.sh: $part is compiled ahead of time on its own OS and architecture; this machine is $host" >&2
    exit 2
  fi
done
if [ -z "$artifacts" ]; then
  artifacts=$(mktemp -d)
  trap 'rm -rf "$artifacts"' EXIT
fi
mkdir -p "$feed"

# Through the environment (MSBuild reads it as a property): on the command line a ';' would end the property.
export ToolPackageRuntimeIdentifiers
ToolPackageRuntimeIdentifiers="$(echo ${rids//;/ } | tr ' ' ';');any"
props=(-c Release -o "$feed" --artifacts-path "$artifacts")
[ -n "$version" ] && props+=(-p:Version="$version")

for part in "${parts[@]}"; do
  case $part in
    pointer) echo "== pointer package (names: $ToolPackageRuntimeIdentifiers)"; dotnet pack "$project" "${props[@]}" ;;
    any) echo "== framework-dependent package (any)"; dotnet pack "$project" -r any "${props[@]}" ;;
    *) echo "== native package ($part, Native AOT)"; dotnet pack "$project" -r "$part" "${props[@]}" ;;
  esac
done
ls -l "$feed"
