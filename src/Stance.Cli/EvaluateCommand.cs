using System.CommandLine;
using System.Text.Json;
using Stance.Classification;
using Stance.Corpus;
using Stance.Evaluation;

namespace Stance.Cli;

/// <summary><c>stance evaluate</c>: measures a model on labeled sentences it was not trained on.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "A labeled .jsonl file (fields text and stance), e.g. data/dev/seeds.jsonl." };
        var model = new Option<string?>("--model", "-m") { Description = "A model file instead of the embedded default model." };
        var json = new Option<bool>("--json") { Description = "Print the metrics as JSON instead of a report." };
        var docs = new Option<string?>("--docs") { Description = "A folder of the documents the gold file labels (gold fields doc, start, length): analyse each whole, as `analyze` does, and report stance, calibration, speaker and segmentation." };
        var rows = new Option<string?>("--rows") { Description = "With --docs: also write every gold sentence beside its aligned prediction to this JSONL file, for error analysis." };
        var command = new Command("evaluate", "Report macro-F1, accuracy, per-label precision/recall/F1 and the confusion matrix; with --docs also calibration and speaker accuracy.") { gold, model, json, docs, rows };
        command.SetAction(parse => parse.GetValue(docs) is { } folder
            ? RunDocuments(parse.GetValue(gold)!, folder, parse.GetValue(model), parse.GetValue(json), parse.GetValue(rows))
            : Run(parse.GetValue(gold)!, parse.GetValue(model), parse.GetValue(json)));
        return command;
    }

    private static int RunDocuments(string goldPath, string folder, string? modelPath, bool asJson, string? rowsPath)
    {
        if (!ModelLoader.TryLoad(modelPath, out var stanceModel))
            return ExitCodes.BadModel;
        DocumentEvaluation evaluation;
        try
        {
            evaluation = DocumentEvaluator.Evaluate(StanceAnalyzer.Create(stanceModel), goldPath, folder);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or StanceDataException or ArgumentException)
        {
            CliConsole.Fail(e.Message);
            return ExitCodes.InputFailed;
        }

        if (rowsPath is not null && !TryWriteRows(rowsPath, evaluation))
            return ExitCodes.OutputFailed;
        if (asJson)
        {
            Console.WriteLine(JsonSerializer.Serialize(evaluation, StanceJsonContext.Readable.DocumentEvaluation));
        }
        else
        {
            Console.WriteLine($"{goldPath} on the documents in {folder}, with {Describe(modelPath, stanceModel)}:");
            Console.WriteLine(evaluation.ToReport());
        }

        return ExitCodes.Success;
    }

    private static bool TryWriteRows(string path, DocumentEvaluation evaluation)
    {
        try
        {
            using var writer = new StreamWriter(path);
            foreach (var r in evaluation.Sentences)
            {
                var row = new EvaluationRow(r.Gold.DocumentId, r.Gold.Start, r.Gold.Length, r.Gold.Stance.ToWireName(), r.PredictedStance.ToWireName(),
                    r.Predicted?.Confidence ?? 0, r.Gold.Speaker, r.Gold.SpeakerKind.ToWireName(), r.Predicted?.Speaker?.CanonicalName,
                    r.Predicted?.SpeakerKind.ToWireName() ?? "narrator", r.Predicted?.Cue, r.StanceCorrect, r.SpeakerCorrect, r.SpanMatches);
                writer.WriteLine(JsonSerializer.Serialize(row, EvaluationRowJsonContext.Readable.EvaluationRow));
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliConsole.Fail($"{path}: cannot write the rows: {e.Message}");
            return false;
        }
    }

    private static int Run(string goldPath, string? modelPath, bool asJson)
    {
        IReadOnlyList<LabeledSentence> gold;
        try
        {
            gold = StanceCorpus.ReadLabeledSentences(goldPath);
        }
        catch (Exception e) when (e is FileNotFoundException or StanceDataException)
        {
            CliConsole.Fail(e.Message);
            return ExitCodes.InputFailed;
        }

        if (gold.Count == 0)
        {
            CliConsole.Fail($"{goldPath}: no labeled sentence to evaluate.");
            return ExitCodes.InputFailed;
        }

        if (!ModelLoader.TryLoad(modelPath, out var stanceModel))
            return ExitCodes.BadModel;
        var metrics = StanceEvaluator.Evaluate(stanceModel, gold);
        if (asJson)
        {
            Console.WriteLine(JsonSerializer.Serialize(metrics, StanceJsonContext.Readable.StanceMetrics));
        }
        else
        {
            Console.WriteLine($"{goldPath} with {Describe(modelPath, stanceModel)}:");
            Console.WriteLine(metrics.ToReport());
        }

        return ExitCodes.Success;
    }

    // "the default model (LbfgsMaximumEntropy, corpus 3bb71aa9fa71)": which model the figures are of.
    private static string Describe(string? modelPath, StanceModel model) =>
        $"{modelPath ?? "the default model"} ({model.Metadata.Trainer}, corpus {model.Metadata.CorpusSha256[..Math.Min(12, model.Metadata.CorpusSha256.Length)]})";
}
