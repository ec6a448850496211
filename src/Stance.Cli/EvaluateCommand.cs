using System.CommandLine;
using System.Text.Json;
using Stance.Classification;
using Stance.Corpus;

namespace Stance.Cli;

/// <summary><c>stance evaluate</c>: measures a model on labeled sentences it was not trained on.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "A labeled .jsonl file (fields text and stance), e.g. data/dev/seeds.jsonl." };
        var model = new Option<string?>("--model", "-m") { Description = "A model file instead of the embedded default model." };
        var json = new Option<bool>("--json") { Description = "Print the metrics as JSON instead of a report." };
        var command = new Command("evaluate", "Report macro-F1, accuracy, per-label precision/recall/F1 and the confusion matrix.") { gold, model, json };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(model), parse.GetValue(json)));
        return command;
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
            Console.WriteLine($"{goldPath} with {(modelPath ?? "the default model")} ({stanceModel.Metadata.Trainer}, corpus {stanceModel.Metadata.CorpusSha256[..Math.Min(12, stanceModel.Metadata.CorpusSha256.Length)]}):");
            Console.WriteLine(metrics.ToReport());
        }

        return ExitCodes.Success;
    }
}
