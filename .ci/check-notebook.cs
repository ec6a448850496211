// Checks a notebook that dotnet-repl executed (--output-path): every code cell ran without an error,
// and the figures in its outputs hold. Numbers are read from the outputs, not words: the seed
// articles' macro-F1 must equal the README's recorded figure, the own-target model must be well above
// chance, the summary chart must draw one bar per speaker up to its limit.
// Usage: dotnet run .ci/check-notebook.cs -- <executed.ipynb> <README.md>
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

var notebook = JsonDocument.Parse(File.ReadAllText(args[0])).RootElement;
var failures = new List<string>();
var text = new System.Text.StringBuilder();
var html = new List<string>();
int codeCells = 0;
foreach (var cell in notebook.GetProperty("cells").EnumerateArray())
{
    if (cell.GetProperty("cell_type").GetString() != "code")
        continue;
    codeCells++;
    foreach (var output in cell.GetProperty("outputs").EnumerateArray())
    {
        if (output.GetProperty("output_type").GetString() == "error")
            failures.Add($"code cell {codeCells} failed: {output.GetProperty("evalue").GetString()}");
        if (output.TryGetProperty("text", out var t))
            text.Append(Join(t)).Append('\n');
        if (output.TryGetProperty("data", out var data) && data.TryGetProperty("text/html", out var h))
            html.Add(Join(h));
    }
}

string all = text.ToString();
double Figure(string pattern)
{
    var m = Regex.Match(all, pattern, RegexOptions.Multiline);
    if (!m.Success) { failures.Add($"no output matches /{pattern}/"); return double.NaN; }
    return double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
}

Expect(Figure(@"^analysed: (\d+) documents") == 5, "the notebook analyses the five sample articles");
double speakers = Figure(@"^speakers: (\d+);");
var seedsBlock = Regex.Match(File.ReadAllText(args[1]), @"### The seed articles.*?macro-F1:\s+([0-9.]+)", RegexOptions.Singleline);
double seeds = Figure(@"^macro-F1:\s+([0-9.]+)");
Expect(seedsBlock.Success && Math.Abs(seeds - double.Parse(seedsBlock.Groups[1].Value, CultureInfo.InvariantCulture)) < 1e-9,
    $"the seed articles' macro-F1 in the notebook ({seeds}) equals the README's ({seedsBlock.Groups[1].Value})");
double own = Figure(@"^LbfgsMaximumEntropy: cross-validated macro-F1 ([0-9.]+)");
Expect(own >= 0.55, $"the own-target model's cross-validated macro-F1 ({own}) is well above chance (0.33): at least 0.55");

var summary = html.FirstOrDefault(h => h.Contains("stance-summary", StringComparison.Ordinal));
int bars = summary is null ? -1 : Regex.Count(summary, "<g class=\"bar\"");
Expect(bars == Math.Min(speakers, 20), $"the summary chart draws one bar per speaker up to 20 ({bars} bars, {speakers} speakers)");
var table = html.FirstOrDefault(h => h.Contains("stance-document", StringComparison.Ordinal));
Expect(table is not null && table.Contains("<table dir=\"rtl\">", StringComparison.Ordinal) && Regex.Count(table, "<tr data-stance=") > 5,
    "an analysis shows as a right-to-left table with a row per sentence");
if (Regex.Match(all, @"^timeline: (\d+) months, (\d+) speaker-months", RegexOptions.Multiline) is { Success: true } timeline)
{
    var chart = html.FirstOrDefault(h => h.Contains("stance-timeline", StringComparison.Ordinal));
    int rows = chart is null ? -1 : Regex.Count(chart, "<g class=\"month-bar\"");
    Expect(int.Parse(timeline.Groups[1].Value) > 12 && rows > 0, $"the timeline spans more than a year of real news and draws its cells ({rows})");
}

Console.WriteLine($"notebook: {codeCells} code cells; seeds macro-F1 {seeds}, own target {own}, {bars} bars for {speakers} speakers");
foreach (var f in failures)
    Console.Error.WriteLine("notebook check: " + f);
return failures.Count == 0 ? 0 : 1;

void Expect(bool condition, string what)
{
    if (!condition)
        failures.Add("expected: " + what);
}

static string Join(JsonElement e) => e.ValueKind == JsonValueKind.Array ? string.Concat(e.EnumerateArray().Select(x => x.GetString())) : e.GetString() ?? "";
