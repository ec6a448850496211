// Turns a C# Polyglot Notebook into a .NET 10 file-based program, so that CI can run the notebook's
// code cells without a notebook kernel: `#r "nuget: Id, Version"` becomes `#:package Id@Version`,
// the code cells are concatenated in order, markdown cells are dropped.
// Usage: dotnet run .ci/notebook-to-script.cs -- <notebook.ipynb> <output.cs>
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

var notebook = JsonDocument.Parse(File.ReadAllText(args[0]));
var directives = new StringBuilder();
var body = new StringBuilder();
foreach (var cell in notebook.RootElement.GetProperty("cells").EnumerateArray())
{
    if (cell.GetProperty("cell_type").GetString() != "code")
        continue;
    var source = cell.GetProperty("source");
    string text = source.ValueKind == JsonValueKind.Array
        ? string.Concat(source.EnumerateArray().Select(s => s.GetString()))
        : source.GetString() ?? "";
    foreach (var line in text.Split('\n'))
    {
        var nuget = Regex.Match(line, "^#r \"nuget:\\s*([^,\"]+),\\s*([^\"]+)\"");
        if (nuget.Success)
            directives.Append($"#:package {nuget.Groups[1].Value.Trim()}@{nuget.Groups[2].Value.Trim()}\n");
        else if (line.StartsWith("#!", StringComparison.Ordinal))
            continue; // notebook magic commands have no meaning in a program
        else
            body.Append(line).Append('\n');
    }

    body.Append('\n');
}

// Usings must precede statements in a program; notebooks allow them in any cell.
var lines = body.ToString().Split('\n');
var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(';') && !l.Contains('(')).Distinct();
var rest = lines.Where(l => !(l.StartsWith("using ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(';') && !l.Contains('(')));
// ML.NET generates code at run time: a file-based program must not default to Native AOT.
directives.Append("#:property PublishAot=false\n");
File.WriteAllText(args[1], directives + string.Join('\n', usings) + "\n\n" + string.Join('\n', rest));
Console.WriteLine($"wrote {args[1]}");
