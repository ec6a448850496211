#!/usr/bin/env bash
# Runs the samples: the QuickStart app against the freshly packed package (copied to
# samples/packages), then as a fresh clone runs it (the project itself, from another folder), the
# script from the repository root, and the notebook's code cells turned into a file-based program
# against the package. Each must succeed and print what it is meant to.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
version=${STANCE_VERSION:-0.1.0}
[[ -f "$repo/artifacts/packages/Stance.$version.nupkg" ]] || { echo "pack first" >&2; exit 1; }
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/stance/$version" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/stance.models.default/$version"
cp "$repo/artifacts/packages/Stance.$version.nupkg" "$repo/artifacts/packages/Stance.Models.Default.$version.nupkg" "$repo/samples/packages/"
trap 'rm -f "$repo/samples/packages/"*.nupkg "$repo/samples/notebooks/notebook.g.cs"' EXIT

cd "$repo/samples/QuickStart"
dotnet run -c Release -p:StanceFromPackage=true -- "$repo/samples/articles" > "$repo/artifacts/quickstart.txt"
grep -c '^== ' "$repo/artifacts/quickstart.txt" | grep -qx 5
grep -q 'Person' "$repo/artifacts/quickstart.txt"
echo "quickstart (package): $(wc -l < "$repo/artifacts/quickstart.txt") lines"

# As the README says a user of a clone runs them: one command each, from another folder.
cd "$repo/.."
dotnet run --project "$repo/samples/QuickStart" -c Release > "$repo/artifacts/quickstart-clone.txt"
grep -c '^== ' "$repo/artifacts/quickstart-clone.txt" | grep -qx 5
echo "quickstart (clone): $(wc -l < "$repo/artifacts/quickstart-clone.txt") lines"

cd "$repo"
dotnet run samples/scripts/analyze.cs > "$repo/artifacts/script.jsonl"
lines=$(wc -l < "$repo/artifacts/script.jsonl")
[[ $lines -gt 50 ]] || { echo "script wrote only $lines lines" >&2; exit 1; }
echo "script: $lines JSON lines"

cd "$repo/samples/notebooks"
dotnet run "$repo/.ci/notebook-to-script.cs" -- stance.ipynb notebook.g.cs
# A file-based program's build cache and restore do not notice a re-packed package of the same
# version: build and restore afresh.
dotnet run --no-cache -p:RestoreForce=true notebook.g.cs > "$repo/artifacts/notebook.txt"
grep -q 'macro-F1' "$repo/artifacts/notebook.txt"
grep -q 'cross-validated macro-F1' "$repo/artifacts/notebook.txt"
echo "notebook: $(wc -l < "$repo/artifacts/notebook.txt") lines of output"
