using System.CommandLine;
using Stance.IO;

namespace Stance.Cli;

/// <summary><c>stance analyze</c>: labels every sentence of text files, folders or standard input.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "UTF-8 text files, folders (every *.txt in them, in name order), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: table (the default on a terminal), jsonl (the default when redirected), json or csv.",
        };
        format.AcceptOnlyFromAmong(OutputFormats.Names);
        var summary = new Option<bool>("--summary", "-s") { Description = "Also print the per-speaker summary (to standard error unless the format is table)." };
        var model = new Option<string?>("--model", "-m") { Description = "A model file from `stance train` instead of the embedded default model." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the records to this file instead of standard output." };
        var explain = new Option<bool>("--explain") { Description = "Add each sentence's five strongest features to the json and jsonl records (field explanation); off by default, because computing them costs time." };
        var wide = new Option<bool>("--wide") { Description = "Table format: one row per sentence with the whole sentence in the last column, for wide terminals (by default each sentence is printed in full width under its labels)." };
        var isolates = new Option<string>("--bidi-isolates")
        {
            Description = "Table format: wrap Arabic text in Unicode direction isolates: auto (only on a terminal that reorders right-to-left text itself: VTE, Konsole, mlterm; never inside tmux or screen, or in a file or pipe), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        isolates.AcceptOnlyFromAmong([.. BidiIsolatePolicy.ModeNames]);
        var dates = new Option<string?>("--dates")
        {
            Description = "A tab-separated table of publication dates with a header: a file (or doc) column naming the input file and a date column (yyyy-MM-dd or yyyy-MM). The records of a dated file carry its date (field date).",
        };
        var unknownBelow = new Option<double>("--unknown-speaker-below")
        {
            Description = "Report a named speaker whose attribution confidence is below this as kind unknown, without a name (0 to 1; 0 always names the rules' speaker).",
            DefaultValueFactory = _ => StanceAnalyzerOptions.Default.UnknownSpeakerBelow,
        };
        unknownBelow.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (>= 0 and <= 1))
                result.AddError("--unknown-speaker-below must be between 0 and 1.");
        });
        var command = new Command("analyze", "Label every sentence with its stance toward the withdrawal and its speaker.") { inputs, format, summary, model, output, explain, wide, isolates, dates, unknownBelow };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(inputs) ?? [],
            parse.GetValue(format) is { } name ? OutputFormats.Parse(name) : null,
            parse.GetValue(summary),
            parse.GetValue(model),
            parse.GetValue(output),
            parse.GetValue(explain),
            parse.GetValue(wide),
            BidiIsolatePolicy.ParseMode(parse.GetValue(isolates) ?? "auto"),
            parse.GetValue(dates),
            parse.GetValue(unknownBelow),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, OutputFormat? requested, bool withSummary, string? modelPath, string? outputPath, bool explain, bool wide, BidiIsolateMode isolates, string? datesPath, double unknownSpeakerBelow, CancellationToken cancellationToken)
    {
        if (!TryReadDates(datesPath, out var dates))
            return ExitCodes.InputFailed;
        if (!ModelLoader.TryLoad(modelPath, out var model))
            return ExitCodes.BadModel;
        // Explanations only when an output will carry them: they are most of a sentence's scoring cost.
        using var analyzer = StanceAnalyzer.Create(model, new StanceAnalyzerOptions { ExplanationSize = explain ? 5 : 0, UnknownSpeakerBelow = unknownSpeakerBelow });
        var format = requested ?? (outputPath is null && !Console.IsOutputRedirected ? OutputFormat.Table : OutputFormat.Jsonl);
        if (OpenOutput(outputPath) is not { } stream)
            return ExitCodes.OutputFailed;

        bool terminal = outputPath is null && !Console.IsOutputRedirected;
        var table = new TableOptions(wide, BidiIsolatePolicy.ShouldIsolate(isolates, terminal, Environment.GetEnvironmentVariable));
        var sink = RecordSink.Create(format, stream, terminal, table);
        bool failed = false;
        try
        {
            var (analyses, inputFailed) = await AnalyzeInputsAsync(analyzer, inputs, sink, dates, keepDocuments: withSummary || format == OutputFormat.Json, cancellationToken).ConfigureAwait(false);
            failed = inputFailed;
            sink.Complete(analyses);
            if (withSummary)
                WriteSummary(sink, StanceSummary.Of(analyses), format, table, isolates);
        }
        catch (OperationCanceledException)
        {
            sink.TryFlush();
            CliConsole.Fail("interrupted; the records written so far are complete.");
            return ExitCodes.Cancelled;
        }
        catch (IOException e)
        {
            CliConsole.Fail($"{outputPath ?? "standard output"}: cannot write the output: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        finally
        {
            if (!TryDispose(sink))
                failed = true;
        }

        return failed ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    /// <summary>Opens the output file, or standard output; reports a file that cannot be written in one line and returns null.</summary>
    private static Stream? OpenOutput(string? outputPath)
    {
        try
        {
            return outputPath is null ? Console.OpenStandardOutput() : new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            CliConsole.Fail($"{outputPath}: cannot write the output: {e.Message}");
            return null;
        }
    }

    /// <summary>Analyzes the inputs in order (folders expanded) and writes their records. Returns the
    /// documents when <paramref name="keepDocuments"/> (the summary or the json format needs them), and
    /// whether an input failed: unreadable, with no text, or a folder with no text files.</summary>
    private static async Task<(List<DocumentAnalysis> Analyses, bool Failed)> AnalyzeInputsAsync(StanceAnalyzer analyzer, string[] inputs, RecordSink sink, IReadOnlyDictionary<string, DateOnly> dates, bool keepDocuments, CancellationToken cancellationToken)
    {
        var analyses = new List<DocumentAnalysis>();
        bool failed = false;
        foreach (var input in InputFiles.Expand(inputs, EmptyFolder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (document, count) = await AnalyzeInputAsync(analyzer, input, sink, dates, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                failed = true;
                continue;
            }

            if (count == 0)
            {
                // Nothing to label is almost always a mistake (a wrong file, an empty download).
                CliConsole.Warn($"{(input == InputFiles.StandardInput ? "standard input" : input)}: no text to analyze (empty or white space only).");
                failed = true;
            }

            if (keepDocuments)
                analyses.Add(document);
        }

        return (analyses, failed);

        void EmptyFolder(string folder)
        {
            CliConsole.Warn($"{folder}: no *.txt files in this folder.");
            failed = true;
        }
    }

    /// <summary>The per-speaker summary: under the table when the format is table, otherwise on standard
    /// error (isolating Arabic text only if standard error is a terminal that needs it).</summary>
    private static void WriteSummary(RecordSink sink, StanceSummary summary, OutputFormat format, TableOptions table, BidiIsolateMode isolates)
    {
        if (format == OutputFormat.Table)
            TableRenderer.WriteSummary(sink.Console!, summary, table.Isolate);
        else
            TableRenderer.WriteSummary(CliConsole.Error, summary, BidiIsolatePolicy.ShouldIsolate(isolates, !Console.IsErrorRedirected, Environment.GetEnvironmentVariable));
    }

    /// <summary>Disposes the sink, which flushes the last records; false if that failed.</summary>
    private static bool TryDispose(RecordSink sink)
    {
        try
        {
            sink.Dispose();
            return true;
        }
        catch (IOException)
        {
            // Already reported, or the disk filled on the last flush: the exit code says so.
            return false;
        }
    }

    /// <summary>Reads <c>--dates</c> (none: an empty table); reports an unreadable table in one line.</summary>
    private static bool TryReadDates(string? path, out IReadOnlyDictionary<string, DateOnly> dates)
    {
        dates = new Dictionary<string, DateOnly>();
        if (path is null)
            return true;
        if (Directory.Exists(path))
        {
            CliConsole.Fail($"{path}: is a folder; --dates takes a tab-separated file.");
            return false;
        }

        try
        {
            dates = DocumentDates.ReadTsv(path);
            return true;
        }
        catch (StanceDataException e)
        {
            CliConsole.Fail(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliConsole.Fail(e is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file (--dates)." : $"{path}: cannot read the dates: {e.Message}");
        }

        return false;
    }

    /// <summary>Analyzes one input and writes its records; on a read error reports it and returns no
    /// document. The count is the number of sentences written (standard input keeps its records only
    /// when the format needs them).</summary>
    private static async Task<(DocumentAnalysis? Document, int Count)> AnalyzeInputAsync(StanceAnalyzer analyzer, string input, RecordSink sink, IReadOnlyDictionary<string, DateOnly> dates, CancellationToken cancellationToken)
    {
        string name = input == InputFiles.StandardInput ? "stdin" : Path.GetFileName(input);
        DateOnly? date = dates.TryGetValue(name, out var known) ? known : null;
        sink.BeginDocument(date);
        try
        {
            if (input == InputFiles.StandardInput)
            {
                // Standard input may be endless: stream it with bounded memory.
                var records = new List<SentenceStance>();
                int count = 0;
                await RecordPipe.RunAsync(analyzer.AnalyzeAsync(Console.OpenStandardInput(), name, cancellationToken), s =>
                {
                    sink.Write(s);
                    count++;
                    if (sink.KeepsDocuments)
                        records.Add(s);
                }, cancellationToken).ConfigureAwait(false);

                var streamed = new DocumentAnalysis(name, records) { Date = date };
                sink.EndDocument(streamed);
                return (streamed, count);
            }

            if (!File.Exists(input))
            {
                CliConsole.Fail($"{input}: no such file or folder.");
                return (null, 0);
            }

            string text = DocumentText.ReadUtf8File(input);
            // Streamed even though the text is in memory, so that Ctrl-C is honoured between sentences.
            var sentences = new List<SentenceStance>();
            await RecordPipe.RunAsync(analyzer.AnalyzeAsync(new StringReader(text), name, cancellationToken), s =>
            {
                sink.Write(s);
                sentences.Add(s);
            }, cancellationToken).ConfigureAwait(false);

            var document = new DocumentAnalysis(name, sentences) { Date = date };
            sink.EndDocument(document);
            return (document, sentences.Count);
        }
        catch (StanceDataException e)
        {
            CliConsole.Fail(e.Message);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException and not OutputWriteException)
        {
            CliConsole.Fail($"{input}: cannot read the file: {e.Message}");
        }

        return (null, 0);
    }
}
