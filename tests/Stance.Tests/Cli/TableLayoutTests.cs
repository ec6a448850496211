using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console;
using Stance.Cli;
using Stance.Tests.Support;

namespace Stance.Tests.Cli;

/// <summary>The table format: whole sentences in 80 columns, one row per sentence with --wide, and
/// direction isolates only when asked for, balanced on every line.</summary>
public sealed partial class TableLayoutTests : IDisposable
{
    private const char RightToLeftIsolate = '\u2067', PopDirectionalIsolate = '\u2069';

    private readonly string _dir = Directory.CreateTempSubdirectory("stance-table-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Runs the tool with the table written to a file, which is laid out in 80 columns.</summary>
    private string[] TableOfTheSamples(params string[] options)
    {
        string output = Path.Combine(_dir, "table.txt");
        var r = CliRunner.Run(["analyze", "samples/articles", "--format", "table", "--output", output, .. options]);
        Assert.Equal(0, r.ExitCode);
        return File.ReadAllText(output).Split('\n');
    }

    private static readonly string[] Kinds = [.. Enum.GetValues<SpeakerKind>().Select(k => k.ToWireName())];

    private static IEnumerable<DocumentAnalysis> AnalyzedSamples() => Samples.Articles.Select(a => Samples.Analyzer.Analyze(a.Text, a.Id));

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Terminal cells: combining marks and format characters (isolates) take none.</summary>
    private static int Cells(string line) => line.Count(c => CharUnicodeInfo.GetUnicodeCategory(c)
        is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format));

    private static string Render(DocumentAnalysis document, TableOptions options, int width)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        TableRenderer.Write(console, document, options);
        TableRenderer.WriteSummary(console, StanceSummary.Of([document]), options.Isolate);
        return text.ToString();
    }

    [GeneratedRegex(@"^── (?<doc>\S+) ─")]
    private static partial Regex DocumentRule();

    [GeneratedRegex(@"^(?<pad> *)#  stance ")]
    private static partial Regex LabelHeader();

    [GeneratedRegex(@"^ *(?<index>\d+)  (pro-withdrawal|anti-withdrawal|neutral) ")]
    private static partial Regex LabelLine();

    [Fact]
    public void AtEightyColumnsNoLineIsWiderThanEightyCellsAndEverySentencesWordsAppearInOrder()
    {
        var lines = TableOfTheSamples("--summary");
        Assert.All(lines, line => Assert.True(Cells(line) <= 80, $"{Cells(line)} cells: {line}"));

        // Sentence lines are indented to the stance column; a wrapped speaker or cue is indented further.
        var sentences = new Dictionary<string, List<(int Index, List<string> Lines)>>();
        string? doc = null;
        int indent = 0;
        foreach (var line in lines.TakeWhile(l => !l.Contains("summary by speaker", StringComparison.Ordinal)))
        {
            if (DocumentRule().Match(line) is { Success: true } rule)
                sentences[doc = rule.Groups["doc"].Value] = [];
            else if (LabelHeader().Match(line) is { Success: true } header)
                indent = header.Groups["pad"].Length + 1 + 2;
            else if (LabelLine().Match(line) is { Success: true } label)
                sentences[doc!].Add((int.Parse(label.Groups["index"].Value, CultureInfo.InvariantCulture), []));
            else if (line.Length > indent && line[..indent].Trim().Length == 0 && line[indent] != ' ')
                sentences[doc!][^1].Lines.Add(line);
        }

        foreach (var document in AnalyzedSamples())
        {
            var shown = sentences[document.DocumentId!];
            Assert.Equal(document.Sentences.Select(s => s.Index), shown.Select(s => s.Index));
            foreach (var (sentence, (_, sentenceLines)) in document.Sentences.Zip(shown))
            {
                Assert.Equal(Words(sentence.Text), Words(string.Join(' ', sentenceLines)));
                // Wrapped in the full width, not a few words a line: every line but the last is nearly full.
                Assert.All(sentenceLines.SkipLast(1), l => Assert.True(Cells(l.TrimEnd()) >= 60, l));
            }
        }
    }

    [Fact]
    public void TheSummaryFitsInEightyColumnsAndNamesEverySpeaker()
    {
        var lines = TableOfTheSamples("--summary");
        var summary = lines.SkipWhile(l => !l.Contains("summary by speaker", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(summary);
        Assert.All(summary, line => Assert.True(Cells(line) <= 80, $"{Cells(line)} cells: {line}"));

        // The speaker column ends where the kind column begins; a row starts where its kind is written.
        int header = summary.FindIndex(l => l.TrimStart().StartsWith("speaker ", StringComparison.Ordinal));
        int kindColumn = summary[header].IndexOf("kind", StringComparison.Ordinal);
        var speakers = new List<string>();
        foreach (var line in summary.Skip(header + 2).TakeWhile(l => !l.Contains("documents, ", StringComparison.Ordinal)))
        {
            var (speaker, rest) = SplitAtCell(line, kindColumn);
            // Only the speaker wraps: a kind or a count split over two lines would be misread.
            if (rest.Trim().Length > 0)
            {
                Assert.Contains(Words(rest)[0], Kinds);
                Assert.Equal(6, Words(rest).Length - Words(rest).Count(w => w.StartsWith('(')));
                speakers.Add("");
            }

            if (speakers.Count > 0)
                speakers[^1] = string.Join(' ', Words(speakers[^1] + " " + speaker));
        }

        var expected = StanceSummary.Of([.. AnalyzedSamples()]).Speakers.Select(s => string.Join(' ', Words(s.Speaker ?? "narrator")));
        Assert.Equal(expected, speakers.Where(s => s.Length > 0));
        Assert.Contains(lines, l => l.StartsWith("5 documents, ", StringComparison.Ordinal));
    }

    /// <summary>A line split at a cell position (not a character index: combining marks take no cell).</summary>
    private static (string Before, string After) SplitAtCell(string line, int cell)
    {
        int cells = 0, i = 0;
        for (; i < line.Length && cells < cell; i++)
            cells += Cells(line[i].ToString());
        while (i < line.Length && Cells(line[i].ToString()) == 0)
            i++;
        return (line[..i], line[i..]);
    }

    [Fact]
    public void WideGivesOneTableRowPerSentenceWithTheWholeSentence()
    {
        var lines = TableOfTheSamples("--wide");
        Assert.All(lines, line => Assert.True(Cells(line) <= 80, $"{Cells(line)} cells: {line}"));
        var rows = new List<(int Index, string Sentence)>();
        foreach (var cells in lines.Where(l => l.StartsWith('│')).Select(l => l.Split('│')))
        {
            Assert.Equal(9, cells.Length); // seven columns between eight borders
            if (int.TryParse(cells[1], CultureInfo.InvariantCulture, out int index))
                rows.Add((index, ""));
            else if (cells[1].Trim() == "#")
                continue;
            // The sentence column may split a long word at this width: compare the letters, in order.
            rows[^1] = (rows[^1].Index, rows[^1].Sentence + string.Concat(Words(cells[7])));
        }

        var expected = AnalyzedSamples().SelectMany(d => d.Sentences).Select(s => (s.Index, string.Concat(Words(s.Text)))).ToList();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void WideAtAHundredAndSixtyColumnsKeepsTheSentencesWordsWhole()
    {
        var document = AnalyzedSamples().First();
        var lines = Render(document, new TableOptions(Wide: true, Isolate: false), 160).Split('\n');
        var sentences = new List<string>();
        foreach (var cells in lines.Where(l => l.StartsWith('│')).Select(l => l.Split('│')))
        {
            if (int.TryParse(cells[1], CultureInfo.InvariantCulture, out _))
                sentences.Add("");
            else if (cells[1].Trim() == "#")
                continue;
            sentences[^1] += " " + cells[7];
        }

        Assert.Equal(document.Sentences.Select(s => Words(s.Text)), sentences.Select(Words));
    }

    [Theory]
    [InlineData("never", "VTE_VERSION=7600")]
    [InlineData("auto", "VTE_VERSION=7600", "TMUX=/tmp/tmux-1000/default,4242,0")]
    [InlineData("auto", "KONSOLE_VERSION=230805", "TERM=screen-256color")]
    [InlineData("auto", "TERM=xterm-256color")]
    public void NoDirectionMarksWhereTheTerminalDoesNotNeedThem(string mode, params string[] environment)
    {
        bool isolate = BidiIsolatePolicy.ShouldIsolate(BidiIsolatePolicy.ParseMode(mode), terminal: true, Lookup(environment));
        foreach (bool wide in new[] { false, true })
        {
            string table = Render(AnalyzedSamples().First(), new TableOptions(wide, isolate), 80);
            Assert.DoesNotContain(table, c => c is >= '\u2066' and <= '\u2069');
        }
    }

    [Theory]
    [InlineData("always")]
    [InlineData("auto", "VTE_VERSION=7600", "TERM=xterm-256color")]
    public void ArabicTextIsIsolatedWhereTheTerminalNeedsIt(string mode, params string[] environment)
    {
        bool isolate = BidiIsolatePolicy.ShouldIsolate(BidiIsolatePolicy.ParseMode(mode), terminal: true, Lookup(environment));
        var document = AnalyzedSamples().First();
        string table = Render(document, new TableOptions(Wide: false, isolate), 80);
        Assert.All(document.Sentences, s => Assert.Contains(RightToLeftIsolate + Words(s.Text)[0] + " ", table));
        Assert.All(document.Sentences.Where(s => s.Speaker is not null), s => Assert.Contains(RightToLeftIsolate + Words(s.Speaker!.CanonicalName)[0], table));
    }

    [Theory]
    [InlineData]
    [InlineData("--wide")]
    public void WithAlwaysEveryLinesIsolatesAreBalancedAndEncloseNoBorder(params string[] options)
    {
        var lines = TableOfTheSamples(["--bidi-isolates", "always", "--summary", .. options]);
        Assert.Contains(lines, l => l.Contains(RightToLeftIsolate, StringComparison.Ordinal));
        foreach (var line in lines)
        {
            bool open = false;
            foreach (char c in line)
            {
                if (c == RightToLeftIsolate)
                {
                    Assert.False(open, "nested isolate: " + line);
                    open = true;
                }
                else if (c == PopDirectionalIsolate)
                {
                    Assert.True(open, "isolate closed but not opened: " + line);
                    open = false;
                }
                else if (open)
                {
                    Assert.False(c is '│' or '─', "a border inside an isolate: " + line);
                }
            }

            Assert.False(open, "isolate left open at the end of the line: " + line);
        }
    }

    [Fact]
    public void ATableInAFileHasNoDirectionMarksByDefault() =>
        Assert.DoesNotContain(string.Concat(TableOfTheSamples("--summary")), c => c is >= '\u2066' and <= '\u2069');

    [Fact]
    public void AnUnknownBidiIsolatesValueIsAOneLineErrorListingTheValidValues()
    {
        var r = CliRunner.Run("analyze", "samples/articles", "--bidi-isolates", "sometimes");
        Assert.Equal(2, r.ExitCode);
        var lines = r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length); // the error, then the pointer to --help
        Assert.StartsWith("stance: error: ", lines[0], StringComparison.Ordinal);
        foreach (var expected in new[] { "sometimes", "'auto'", "'always'", "'never'" })
            Assert.Contains(expected, lines[0]);
        Assert.Equal("", r.StdOut);
    }

    private static Func<string, string?> Lookup(string[] variables)
    {
        var values = variables.Select(v => v.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return name => values.GetValueOrDefault(name);
    }
}
