using System.Text;
using System.Text.Json;
using Stance.Tests.Support;

namespace Stance.Tests.Cli;

/// <summary>The tool's behaviour as a process: output formats, exit codes and one clear message per failure.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stance-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void AnalyzeFolderWritesOneValidJsonLinePerSentenceInNameOrder()
    {
        var r = CliRunner.Run("analyze", "samples/articles", "--format", "jsonl");
        Assert.Equal(0, r.ExitCode);
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = Samples.Articles.Sum(a => Samples.Analyzer.Analyze(a.Text, a.Id).Sentences.Count);
        Assert.Equal(expected, lines.Length);
        var docs = new List<string>();
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            var id = o.GetProperty("doc").GetString()!;
            if (docs.Count == 0 || docs[^1] != id)
                docs.Add(id);
            var text = Samples.Articles.Single(a => a.Id == id).Text;
            Assert.Equal(text.Substring(o.GetProperty("start").GetInt32(), o.GetProperty("length").GetInt32()), o.GetProperty("text").GetString());
        }

        Assert.Equal(Samples.Articles.Select(a => a.Id), docs);
    }

    [Fact]
    public void OutputIsByteIdenticalAcrossRuns()
    {
        var a = CliRunner.Run("analyze", "samples/articles", "--format", "jsonl");
        var b = CliRunner.Run("analyze", "samples/articles", "--format", "jsonl");
        Assert.Equal(a.StdOut, b.StdOut);
    }

    [Fact]
    public void MissingFileIsReportedAndTheOtherInputsAreStillProcessed()
    {
        var good = Write("good.txt", Encoding.UTF8.GetBytes("قال مسؤول إن القوات باقية."));
        var r = CliRunner.Run("analyze", Path.Combine(_dir, "missing.txt"), good, "--format", "jsonl");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("missing.txt: no such file or folder", r.StdErr);
        Assert.Single(r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void InvalidUtf8NamesTheFileAndByteOffset()
    {
        var bad = Write("bad.txt", [.. Encoding.UTF8.GetBytes("نص سليم. "), 0xFF, .. Encoding.UTF8.GetBytes(" بقية")]);
        var r = CliRunner.Run("analyze", bad, "--format", "jsonl");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("bad.txt", r.StdErr);
        Assert.Contains($"byte offset {Encoding.UTF8.GetByteCount("نص سليم. ")}", r.StdErr);
    }

    [Fact]
    public void BadModelFileFailsBeforeAnyOutput()
    {
        var model = Write("model.zip", Encoding.UTF8.GetBytes("not a model"));
        var r = CliRunner.Run("analyze", "samples/articles", "--model", model, "--format", "jsonl");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("model.zip", r.StdErr);
        Assert.Equal("", r.StdOut);
    }

    [Fact]
    public void BadJsonLineInEvaluateNamesTheFileAndLine()
    {
        var gold = Write("gold.jsonl", Encoding.UTF8.GetBytes("{\"text\":\"نص\",\"stance\":\"neutral\"}\n{\"text\": oops}\n"));
        var r = CliRunner.Run("evaluate", gold);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("gold.jsonl:2:", r.StdErr);
    }

    [Fact]
    public void UnwritableOutputIsAClearError()
    {
        var r = CliRunner.Run("analyze", "samples/articles", "--output", Path.Combine(_dir, "no", "such", "dir", "out.jsonl"));
        Assert.Equal(4, r.ExitCode);
        Assert.Contains("cannot write the output", r.StdErr);
    }

    [Fact]
    public void DatesFromATableReachTheRecordsOfTheDatedFilesInEveryFormat()
    {
        string dates = Path.Combine(_dir, "dates.tsv");
        File.WriteAllText(dates, "file\turl\tdate\n000_17089732dba2b761.txt\thttp://example.org/a\t2024-01-25\n002_0d4a704cb29f1de7.txt\t\t2024-01\n");

        var jsonl = CliRunner.Run("analyze", "samples/articles", "--dates", dates, "--format", "jsonl");
        Assert.Equal(0, jsonl.ExitCode);
        var byDoc = jsonl.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(r => r.GetProperty("doc").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(r => r.TryGetProperty("date", out var d) ? d.GetString()! : "(none)").Distinct().ToArray());
        Assert.Equal<string>(["2024-01-25"], byDoc["000_17089732dba2b761.txt"]);
        Assert.Equal<string>(["2024-01-01"], byDoc["002_0d4a704cb29f1de7.txt"]);
        Assert.Equal<string>(["(none)"], byDoc["001_ff6027afb6296c5c.txt"]); // undated: the field is left out

        var csv = CliRunner.Run("analyze", "samples/articles", "--dates", dates, "--format", "csv").StdOut.Split("\r\n");
        Assert.EndsWith(",date", csv[0]);
        Assert.EndsWith(",2024-01-25", csv[1]);

        var json = JsonDocument.Parse(CliRunner.Run("analyze", "samples/articles", "--dates", dates, "--format", "json").StdOut).RootElement;
        Assert.Equal("2024-01-25", json[0].GetProperty("date").GetString());
        Assert.Equal("2024-01-25", json[0].GetProperty("sentences")[0].GetProperty("date").GetString());
        Assert.False(json[1].TryGetProperty("date", out _));
    }

    [Theory]
    [InlineData("file\tdate\na.txt\t25/01/2024\n", ":2: '25/01/2024' is not a date")]
    [InlineData("file\twhen\n", "'date' column")]
    public void AnUnreadableTableOfDatesIsAOneLineErrorBeforeAnyOutput(string table, string message)
    {
        string dates = Path.Combine(_dir, "dates.tsv");
        File.WriteAllText(dates, table);
        var r = CliRunner.Run("analyze", "samples/articles", "--dates", dates, "--format", "jsonl");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StdOut);
        Assert.Contains(message, r.StdErr);
        Assert.Single(r.StdErr.Trim().Split('\n'));

        var folder = CliRunner.Run("analyze", "samples/articles", "--dates", _dir);
        Assert.Equal(1, folder.ExitCode);
        Assert.Contains("is a folder", folder.StdErr);
    }

    [Fact]
    public void UnknownSpeakerThresholdWithholdsNamesAndRejectsValuesOutsideZeroToOne()
    {
        var all = CliRunner.Run("analyze", "samples/articles/000_17089732dba2b761.txt", "--format", "jsonl", "--unknown-speaker-below", "1");
        Assert.Equal(0, all.ExitCode);
        var speakers = all.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("speaker"))
            .Where(s => s.ValueKind != System.Text.Json.JsonValueKind.Null).ToList();
        Assert.NotEmpty(speakers);
        Assert.All(speakers, s => Assert.Equal("unknown", s.GetProperty("kind").GetString()));

        var none = CliRunner.Run("analyze", "samples/articles/000_17089732dba2b761.txt", "--format", "jsonl", "--unknown-speaker-below", "0");
        Assert.DoesNotContain("\"unknown\"", none.StdOut, StringComparison.Ordinal);

        var bad = CliRunner.Run("analyze", "samples/articles", "--unknown-speaker-below", "1.5");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("between 0 and 1", bad.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormatIsAUsageError()
    {
        var r = CliRunner.Run("analyze", "samples/articles", "--format", "xml");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("xml", r.StdErr);
    }

    [Fact]
    public void ATableWrittenToAFileHasNoTerminalCodes()
    {
        string output = Path.Combine(_dir, "table.txt");
        var r = CliRunner.Run("analyze", "samples/articles", "--format", "table", "--output", output);
        Assert.Equal(0, r.ExitCode);
        string table = File.ReadAllText(output);
        Assert.Contains("pro-withdrawal", table);
        Assert.DoesNotContain('\u001b', table); // no ANSI escape sequence
    }

    [Fact]
    public void AnEmptyFileWarnsAndExitsWithOne()
    {
        var empty = Write("empty.txt", Encoding.UTF8.GetBytes("  \n\n "));
        var r = CliRunner.Run("analyze", empty, "--format", "jsonl");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("empty.txt: no text to analyze", r.StdErr);
        Assert.Equal("", r.StdOut);
    }

    [Fact]
    public void AFolderWithoutTextFilesWarnsAndExitsWithOne()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "no-text")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.md"), "# not analysed");
        var r = CliRunner.Run("analyze", folder, "--format", "jsonl");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no *.txt files in this folder", r.StdErr);
    }

    [Fact]
    public void AFolderGivenAsModelIsNamedAsAFolder()
    {
        var r = CliRunner.Run("analyze", "samples/articles", "--model", _dir);
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("is a folder; --model takes a model file", r.StdErr);
        Assert.DoesNotContain("denied", r.StdErr);
    }

    [Fact]
    public void AnUnknownCommandListsTheCommandsOnce()
    {
        var r = CliRunner.Run("analyse", "samples/articles");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown command 'analyse'; the commands are analyze, train, evaluate, vocabulary.", r.StdErr);
        Assert.DoesNotContain("Required command", r.StdErr);
    }

    [Fact]
    public void AnUnknownTrainerListsTheValidTrainersOnOneLine()
    {
        var r = CliRunner.Run("train", "data/dev/seeds.jsonl", "--out", Path.Combine(_dir, "m.zip"), "--trainers", "Foo");
        Assert.Equal(2, r.ExitCode);
        var errors = r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("stance: error:", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(errors);
        Assert.Contains("Foo", line);
        Assert.Contains("LbfgsMaximumEntropy", line);
        Assert.Contains("SdcaMaximumEntropy", line);
    }

    [Fact]
    public void EveryUsageMessageIsOneLine()
    {
        var r = CliRunner.Run("analyze", "samples/articles", "--format", "xml");
        var lines = r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length); // the error, then the pointer to --help
        Assert.Contains("'jsonl'", lines[0]);
        Assert.Contains("'csv'", lines[0]);
    }

    [Fact]
    public void TheSummaryCountsInProperPlurals()
    {
        var one = Write("one.txt", Encoding.UTF8.GetBytes("قال النائب إن القوات الأجنبية يجب أن تغادر العراق."));
        var r = CliRunner.Run("analyze", one, "--format", "jsonl", "--summary");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("1 document, 1 sentence:", r.StdErr);
    }

    [Fact]
    public void ExplanationsAreWrittenOnlyWithExplain()
    {
        var plain = CliRunner.Run("analyze", "samples/articles", "--format", "jsonl");
        var explained = CliRunner.Run("analyze", "samples/articles", "--format", "jsonl", "--explain");
        Assert.Equal(0, explained.ExitCode);
        var plainLines = plain.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var explainedLines = explained.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(plainLines.Length, explainedLines.Length);
        Assert.All(plainLines, l => Assert.DoesNotContain("\"explanation\"", l));
        for (int i = 0; i < plainLines.Length; i++)
        {
            using var doc = JsonDocument.Parse(explainedLines[i]);
            var features = doc.RootElement.GetProperty("explanation").EnumerateArray().ToList();
            Assert.InRange(features.Count, 1, 5);
            Assert.All(features, f => Assert.True(f.GetProperty("weight").GetDouble() > 0));
            // The field is added at the end; everything before it is the plain record.
            Assert.StartsWith(plainLines[i][..^1] + ",\"explanation\":", explainedLines[i]);
        }
    }

    [Fact]
    public void InvalidUtf8OnStandardInputKeepsTheRecordsBeforeItAndNamesTheByteOffset()
    {
        byte[] good = Encoding.UTF8.GetBytes("قال مسؤول إن القوات باقية.\nوأضاف أن اللجنة ستجتمع غداً.\n");
        var r = CliRunner.Run(RepoPaths.Root, [.. good, .. Enumerable.Repeat((byte)'.', 40_000), 0xFF, .. Encoding.UTF8.GetBytes(" بقية")], "analyze", "-", "--format", "jsonl");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"byte offset {good.Length + 40_000}", r.StdErr);
        Assert.Contains("قال مسؤول إن القوات باقية.", r.StdOut);
    }

    [Fact]
    public void StandardInputIsStreamedAsOneDocument()
    {
        var r = CliRunner.Run(RepoPaths.Root, Encoding.UTF8.GetBytes("قال مسؤول إن القوات باقية.\nوأضاف أن اللجنة ستجتمع."), "analyze", "-", "--format", "jsonl");
        Assert.Equal(0, r.ExitCode);
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Contains("\"doc\":\"stdin\"", l));
    }

    [Fact]
    public void CsvAndJsonFormatsParse()
    {
        var csv = CliRunner.Run("analyze", "samples/articles", "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("doc,sentence,start,length,text,stance", csv.StdOut);
        var json = CliRunner.Run("analyze", "samples/articles", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.StdOut);
        Assert.Equal(Samples.Articles.Count, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void JsonJsonLinesAndCsvCarryTheSameFieldsWithTheSameMeanings()
    {
        var article = Samples.Articles[0];
        string file = Write(article.Id, Encoding.UTF8.GetBytes(article.Text));
        var jsonl = CliRunner.Run("analyze", file, "--format", "jsonl").StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        using var json = JsonDocument.Parse(CliRunner.Run("analyze", file, "--format", "json").StdOut);
        var document = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal(article.Id, document.GetProperty("doc").GetString());
        var fromJson = document.GetProperty("sentences").EnumerateArray().ToList();
        var csv = CsvRows(CliRunner.Run("analyze", file, "--format", "csv").StdOut);

        Assert.True(jsonl.Count > 5);
        Assert.Equal(jsonl.Count, fromJson.Count);
        Assert.Equal(jsonl.Count, csv.Count);
        for (int i = 0; i < jsonl.Count; i++)
        {
            var line = jsonl[i];
            // JSON holds the very records JSON Lines writes, field for field.
            Assert.Equal(JsonSerializer.Serialize(line), JsonSerializer.Serialize(fromJson[i]));
            var row = csv[i];
            foreach (var field in (string[])["doc", "text", "stance", "cue", "channel"])
                Assert.Equal(line.GetProperty(field).GetString() ?? "", row[field]);
            foreach (var field in (string[])["sentence", "start", "length"])
                Assert.Equal(line.GetProperty(field).GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), row[field]);
            Assert.Equal(line.GetProperty("confidence").GetDouble(), double.Parse(row["confidence"], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var label in (string[])["pro-withdrawal", "anti-withdrawal", "neutral"])
                Assert.Equal(line.GetProperty("scores").GetProperty(label).GetDouble(), double.Parse(row[label], System.Globalization.CultureInfo.InvariantCulture));
            var speaker = line.GetProperty("speaker");
            bool narrator = speaker.ValueKind == JsonValueKind.Null;
            Assert.Equal(narrator ? "" : speaker.GetProperty("name").GetString(), row["speaker"]);
            Assert.Equal(narrator ? "" : speaker.GetProperty("mention").GetString(), row["mention"]);
            Assert.Equal(narrator ? "" : speaker.GetProperty("role").GetString() ?? "", row["role"]);
            Assert.Equal(narrator ? "narrator" : speaker.GetProperty("kind").GetString(), row["kind"]);
        }
    }

    // RFC 4180 rows as column → value (fields may be quoted, with doubled quotes and line breaks).
    private static List<Dictionary<string, string>> CsvRows(string csv)
    {
        var records = new List<List<string>>();
        var field = new StringBuilder();
        var record = new List<string>();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        var header = records[0];
        return [.. records.Skip(1).Select(r => header.Select((h, k) => (h, r[k])).ToDictionary(p => p.h, p => p.Item2))];
    }

    [Fact]
    public void VersionAndHelpWork()
    {
        var v = CliRunner.Run("--version");
        Assert.Equal(0, v.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", v.StdOut.Trim());
        foreach (var cmd in new[] { "analyze", "train", "evaluate" })
        {
            var h = CliRunner.Run(cmd, "--help");
            Assert.Equal(0, h.ExitCode);
            Assert.Contains("Usage:", h.StdOut);
        }
    }

    [Fact]
    public void HelpNamesTheCommandAsUsersTypeIt()
    {
        var root = CliRunner.Run("--help");
        Assert.Contains("  stance [command] [options]", root.StdOut);
        Assert.Contains("  stance analyze <inputs>... [options]", CliRunner.Run("analyze", "--help").StdOut);
        Assert.DoesNotContain("Stance.Cli", root.StdOut);
    }

    [Fact]
    public void EvaluatePrintsMetricsAndConfusionMatrix()
    {
        var r = CliRunner.Run("evaluate", "data/dev/seeds.jsonl");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("macro-F1", r.StdOut);
        Assert.Contains("confusion", r.StdOut);
    }
}

/// <summary>The tool under faults: killed mid-run, interrupted with Ctrl-C.</summary>
public sealed class CliFaultTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stance-cli-faults-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string BigInput(int copies = 400)
    {
        var path = Path.Combine(_dir, "big.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(Samples.Articles[4].Text + "\n", copies)));
        return path;
    }

    private static System.Diagnostics.Process Start(params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Stance.Cli.dll"));
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        return System.Diagnostics.Process.Start(psi)!;
    }

    private static void WaitFor(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (!condition())
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException();
            Thread.Sleep(50);
        }
    }

    [Fact]
    public void OutputOfAKilledRunIsValidJsonLinesExceptAtMostTheLastLine()
    {
        var output = Path.Combine(_dir, "out.jsonl");
        using var process = Start("analyze", BigInput(), "--format", "jsonl", "--output", output);
        WaitFor(() => File.Exists(output) && new FileInfo(output).Length > 200_000);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        var lines = File.ReadAllText(output).Split('\n');
        Assert.True(lines.Length > 100);
        foreach (var line in lines[..^1])
            JsonDocument.Parse(line).Dispose();
    }

    [Fact]
    public void InterruptStopsCleanlyWithExitCode130()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return; // SIGINT is a POSIX signal
        var output = Path.Combine(_dir, "out.jsonl");
        // Far more input than the run can finish while a loaded machine starves this test's thread
        // between the poll and the signal; the run is interrupted early, so the size costs no time.
        using var process = Start("analyze", BigInput(copies: 4000), "--format", "jsonl", "--output", output);
        WaitFor(() => File.Exists(output) && new FileInfo(output).Length > 10_000);
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("interrupted", process.StandardError.ReadToEnd());
        foreach (var line in File.ReadAllLines(output))
            JsonDocument.Parse(line).Dispose(); // flushed whole on the way out
    }
}
