#!/usr/bin/env bash
# Runs the samples: the QuickStart app against the freshly packed package (copied to
# samples/packages), then as a fresh clone runs it (the project itself, from another folder), the
# script from the repository root, and the notebook in a real kernel (dotnet-repl) against the packages,
# its outputs checked by .ci/check-notebook.cs. Each must succeed and print what it is meant to.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
version=${STANCE_VERSION:-0.1.0}
[[ -f "$repo/artifacts/packages/Stance.$version.nupkg" ]] || { echo "pack first" >&2; exit 1; }
cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}
rm -rf "$cache/stance/$version" "$cache/stance.models.default/$version" "$cache/stance.interactive/$version-preview"
cp "$repo/artifacts/packages/Stance.$version.nupkg" "$repo/artifacts/packages/Stance.Models.Default.$version.nupkg" \
   "$repo/artifacts/packages/Stance.Interactive.$version-preview.nupkg" "$repo/samples/packages/"
trap 'rm -f "$repo/samples/packages/"*.nupkg' EXIT

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

# The notebook in a real .NET Interactive kernel (dotnet-repl, a local tool of samples/notebooks).
# The kernel restores packages in a project of its own, which knows no local source: a restore here
# first puts the freshly packed packages in the NuGet cache, where the kernel finds them.
warm=$(mktemp -d)
cp "$repo/samples/nuget.config" "$warm/" && sed -i "s|value=\"packages\"|value=\"$repo/samples/packages\"|" "$warm/nuget.config"
cat > "$warm/Warm.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Stance" Version="$version" />
    <PackageReference Include="Stance.Interactive" Version="$version-preview" />
  </ItemGroup>
</Project>
XML
dotnet restore "$warm/Warm.csproj" > /dev/null
rm -rf "$warm"
cd "$repo/samples/notebooks"
dotnet tool restore > /dev/null
mkdir -p "$repo/artifacts/notebook"
dotnet tool run dotnet-repl --run stance.ipynb --exit-after-run --output-path "$repo/artifacts/notebook/stance.executed.ipynb" > "$repo/artifacts/notebook/repl.log" 2>&1 \
  || { tail -20 "$repo/artifacts/notebook/repl.log" >&2; echo "the notebook failed in dotnet-repl" >&2; exit 1; }
dotnet run "$repo/.ci/check-notebook.cs" -- "$repo/artifacts/notebook/stance.executed.ipynb" "$repo/README.md"
