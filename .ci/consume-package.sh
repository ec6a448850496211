#!/usr/bin/env bash
# Package consumption check: a fresh console project, outside the solution, that references the
# packed Stance package by id and version from the local package folder only (its dependencies
# come from the usual registry), builds, runs, and is checked for the expected output.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
packages="$repo/artifacts/packages"
version=${STANCE_VERSION:-0.1.0}
[[ -f "$packages/Stance.$version.nupkg" ]] || { echo "no $packages/Stance.$version.nupkg: pack first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A stale Stance of the same version in the global cache would hide what was just packed.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/stance/$version" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/stance.models.default/$version"

cd "$work"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Stance" /><package pattern="Stance.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
# A console app that references the packages: write_project NAME [EXTRA-REFERENCE-LINE] [FRAMEWORK]
write_project() {
  cat > "$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>${3:-net10.0}</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Stance" Version="[$version]" />
    ${2:-}
  </ItemGroup>
</Project>
XML
}
write_project Consumer
cat > Program.cs <<'CS'
using Stance;

var analyzer = StanceAnalyzer.CreateDefault();
var result = analyzer.Analyze("قال البنتاغون إنه ليس لديه خطط لسحب قواته من العراق.\nوتنشر واشنطن 2500 عسكري في العراق.", "consumer");
Console.WriteLine($"doc={result.DocumentId} sentences={result.Sentences.Count}");
foreach (var s in result.Sentences)
    Console.WriteLine($"{s.Stance}|{s.Speaker?.Name ?? "narrator"}|{s.Text}");
CS
dotnet run -c Release > out.txt
cat out.txt
grep -q '^doc=consumer sentences=2$' out.txt
grep -q 'Stance'  obj/project.assets.json
# The reference must be the package, never a project.
grep -q '"Stance/'"$version"'"' obj/project.assets.json
grep -q '"type": "package"' obj/project.assets.json
echo "package consumption check passed"

# An application that loads only its own models leaves the default model's package out, as the
# package readme says; the default model is then reported missing with a clear, typed error.
mkdir "$work/own-model" && cd "$work/own-model"
cp "$work/nuget.config" .
write_project OwnModel "<PackageReference Include=\"Stance.Models.Default\" Version=\"[$version]\" ExcludeAssets=\"all\" />"
cat > Program.cs <<'CS'
using Stance;
using Stance.Classification;

Console.WriteLine($"HasDefault={StanceModel.HasDefault}");
try { StanceAnalyzer.CreateDefault(); Console.WriteLine("loaded"); }
catch (InvalidStanceModelException e) { Console.WriteLine($"{e.GetType().Name}: {e.Message}"); }
CS
dotnet run -c Release > out.txt
cat out.txt
grep -qx 'HasDefault=False' out.txt
grep -q '^InvalidStanceModelException: .*Stance.Models.Default' out.txt
[[ ! -e bin/Release/net10.0/Stance.Models.Default.dll ]]
echo "an application without the default model gets a clear error"

# The package's net8.0 assets (System.Text.Json from its package, the code paths for runtimes before
# .NET 9) in a net8.0 app. This machine has only the .NET 10 runtime, so the app rolls forward to it:
# the net8.0 build of the library is what runs.
mkdir "$work/net8" && cd "$work/net8"
cp "$work/nuget.config" .
write_project Net8Consumer "" net8.0
cp "$work/Program.cs" .
DOTNET_ROLL_FORWARD=Major dotnet run -c Release > out.txt
cat out.txt
grep -q '^doc=consumer sentences=2$' out.txt
grep -q '"lib/net8.0/Stance.dll"' obj/project.assets.json
cmp -s out.txt "$work/out.txt" || { echo "the net8.0 build of the library gives other records than the net10.0 build" >&2; exit 1; }
echo "the net8.0 assets give the same records"
