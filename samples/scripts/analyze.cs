#!/usr/bin/env dotnet
// Analyze Arabic news files and print JSON Lines, as a .NET 10 file-based program, from any folder:
//   dotnet run samples/scripts/analyze.cs                       (the sample articles)
//   dotnet run samples/scripts/analyze.cs -- my/news/*.txt
// It uses the Stance project of this repository; in your own script write `#:package Stance@0.1.0`.
#:project ../../src/Stance/Stance.csproj
#:property TreatWarningsAsErrors=true
// ML.NET generates code at run time, so the program runs on the JIT, not Native AOT.
#:property PublishAot=false

using System.Runtime.CompilerServices;
using Stance;

var files = args.Length > 0 ? args : Directory.GetFiles(Path.Combine(ScriptFolder(), "..", "articles"), "*.txt").Order(StringComparer.Ordinal).ToArray();
var analyzer = StanceAnalyzer.CreateDefault();
using var output = new StanceJsonLinesWriter(Console.OpenStandardOutput());
var documents = new List<DocumentAnalysis>();
foreach (var file in files)
{
    var analysis = analyzer.Analyze(File.ReadAllText(file), Path.GetFileName(file));
    documents.Add(analysis);
    foreach (var sentence in analysis.Sentences)
        output.Write(sentence);
}

output.Flush();
var summary = StanceSummary.Of(documents);
Console.Error.WriteLine($"{documents.Count} documents, {summary.Total.Total} sentences: {summary.Total.Pro} pro, {summary.Total.Anti} anti, {summary.Total.Neutral} neutral");

// The sample articles are found next to the script, whatever the working directory.
static string ScriptFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
