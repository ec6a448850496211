#!/usr/bin/env bash
# Runs the samples against the freshly packed package (artifacts/packages): the QuickStart app,
# the script, and the notebook's code cells turned into a file-based program. Each must succeed
# and print what it is meant to.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
version=${STANCE_VERSION:-0.1.0}
[[ -f "$repo/artifacts/packages/Stance.$version.nupkg" ]] || { echo "pack first" >&2; exit 1; }
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/stance/$version"

cd "$repo/samples/QuickStart"
dotnet run -c Release -- "$repo/samples/articles" > "$repo/artifacts/quickstart.txt"
grep -c '^== ' "$repo/artifacts/quickstart.txt" | grep -qx 5
grep -q 'Person' "$repo/artifacts/quickstart.txt"
echo "quickstart: $(wc -l < "$repo/artifacts/quickstart.txt") lines"

cd "$repo/samples/scripts"
dotnet run analyze.cs > "$repo/artifacts/script.jsonl"
lines=$(wc -l < "$repo/artifacts/script.jsonl")
[[ $lines -gt 50 ]] || { echo "script wrote only $lines lines" >&2; exit 1; }
echo "script: $lines JSON lines"

cd "$repo/samples/notebooks"
dotnet run "$repo/.ci/notebook-to-script.cs" -- stance.ipynb notebook.g.cs
trap 'rm -f "$repo/samples/notebooks/notebook.g.cs"' EXIT
dotnet run notebook.g.cs > "$repo/artifacts/notebook.txt"
grep -q 'macro-F1' "$repo/artifacts/notebook.txt"
grep -q 'cross-validated macro-F1' "$repo/artifacts/notebook.txt"
echo "notebook: $(wc -l < "$repo/artifacts/notebook.txt") lines of output"
