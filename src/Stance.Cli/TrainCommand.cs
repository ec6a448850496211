using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Stance.Classification;
using Stance.Corpus;
using Stance.Evaluation;

namespace Stance.Cli;

/// <summary><c>stance train</c>: trains a model from labeled JSONL, comparing trainers by cross-validation.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Argument<string[]>("data") { Description = "Labeled .jsonl files or folders of them (fields text and stance; optional doc and target).", Arity = ArgumentArity.OneOrMore };
        var charNgrams = new Option<int?>("--char-ngrams") { Description = "The longest character n-gram (default 4)." };
        var evalDocs = new Option<string[]>("--eval-docs") { Description = "GOLD=FOLDER: after training, evaluate on these whole documents (as `evaluate --docs`) and record the figures in the model.", AllowMultipleArgumentsPerToken = true };
        var calibrateOn = new Option<string?>("--calibrate-on") { Description = "A data argument whose out-of-fold predictions the confidence is calibrated on (default: all examples)." };
        var weights = new Option<string[]>("--weight") { Description = "PATH=W: the examples read from that data argument count W times (e.g. real news above written sentences).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the model.", Required = true };
        var dev = new Option<string?>("--dev") { Description = "A held-out labeled .jsonl to evaluate on and record in the model's metadata (never trained on)." };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same data, options and seed give the same model.", DefaultValueFactory = _ => 1 };
        var trainers = new Option<StanceTrainerKind[]>("--trainers") { Description = "Candidate ML.NET trainers to compare.", AllowMultipleArgumentsPerToken = true };
        trainers.AcceptOnlyFromAmong(Enum.GetNames<StanceTrainerKind>());
        var target = new Option<string?>("--target") { Description = "What the stance is toward, stored in the model (default: the withdrawal of US-led forces from Iraq)." };
        var l2 = new Option<float?>("--l2") { Description = "L2 regularization strength of the trainers (default: the library's default)." };
        var noCues = new Option<bool>("--no-withdrawal-cues") { Description = "Leave out the cue features written for the withdrawal target (use it for a target of your own)." };
        var tuneBias = new Option<bool>("--decision-bias") { Description = "Shift the decision per label to maximise macro-F1 on the out-of-fold predictions (see StanceTrainerOptions.TuneDecisionBias)." };
        var command = new Command("train", "Train a stance model from labeled sentences.") { data, output, dev, folds, seed, trainers, target, l2, noCues, tuneBias, weights, calibrateOn, evalDocs, charNgrams };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new StanceTrainerOptions { Folds = parse.GetValue(folds), Seed = parse.GetValue(seed) };
            if (parse.GetValue(trainers) is { Length: > 0 } kinds)
                options = options with { Candidates = kinds };
            if (parse.GetValue(l2) is { } strength)
                options = options with { L2Regularization = strength };
            if (parse.GetValue(target) is { Length: > 0 } t)
                options = options with { TargetDescription = t };
            if (parse.GetValue(noCues))
                options = options with { WithdrawalCues = false };
            if (parse.GetValue(charNgrams) is { } chars)
                options = options with { CharNgramLength = chars };
            if (parse.GetValue(calibrateOn) is { } calibration)
                options = options with { CalibrationSource = calibration };
            if (parse.GetValue(tuneBias))
                options = options with { TuneDecisionBias = true };
            return Task.FromResult(Run(parse.GetValue(data)!, parse.GetValue(weights) ?? [], parse.GetValue(output)!, parse.GetValue(dev), parse.GetValue(evalDocs) ?? [], options, cancellationToken));
        });
        return command;
    }

    private static int Run(string[] dataPaths, string[] weightSpecs, string outputPath, string? devPath, string[] evalDocs, StanceTrainerOptions options, CancellationToken cancellationToken)
    {
        if (!TryParseWeights(weightSpecs, dataPaths, out var weights))
            return ExitCodes.Usage;
        if (!TryReadData(dataPaths, weights, devPath, out var examples, out var dev))
            return ExitCodes.InputFailed;

        Console.Error.WriteLine($"training on {examples.Count} sentences, {options.Folds}-fold cross-validation of {string.Join(", ", options.Candidates)} …");
        if (!TryTrain(options, examples, cancellationToken, out var result, out int failure))
            return failure;

        ReportTraining(result);
        var model = result.Model;
        if (dev.Count > 0)
            model = WithDevelopmentFigures(model, dev, devPath);
        if (!TryEvaluateDocuments(evalDocs, ref model))
            return ExitCodes.InputFailed;
        if (!TrySave(model, outputPath))
            return ExitCodes.OutputFailed;

        Console.WriteLine($"model written to {outputPath} (corpus sha256 {model.Metadata.CorpusSha256[..12]}…)");
        return ExitCodes.Success;
    }

    // The training examples, each weighed by its data argument's --weight and tagged with it as its
    // source (for the per-source cross-validation), and the held-out --dev examples.
    private static bool TryReadData(string[] dataPaths, Dictionary<string, float> weights, string? devPath, out List<LabeledSentence> examples, out IReadOnlyList<LabeledSentence> dev)
    {
        examples = [];
        dev = [];
        try
        {
            foreach (var path in dataPaths)
            {
                float w = weights.GetValueOrDefault(path, 1f);
                examples.AddRange(StanceCorpus.ReadLabeledSentences(path).Select(e => e with { Weight = w, Source = path }));
            }

            if (devPath is not null)
                dev = StanceCorpus.ReadLabeledSentences(devPath);
            return true;
        }
        catch (FileNotFoundException e)
        {
            CliConsole.Fail(e.Message);
            return false;
        }
        catch (StanceDataException e)
        {
            CliConsole.Fail(e.Message);
            return false;
        }
    }

    // Trains and compares the candidates; on failure reports it and gives the exit code.
    private static bool TryTrain(StanceTrainerOptions options, List<LabeledSentence> examples, CancellationToken cancellationToken, [NotNullWhen(true)] out StanceTrainingResult? result, out int failure)
    {
        result = null;
        failure = ExitCodes.Success;
        try
        {
            result = new StanceTrainer(options).Train(examples, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            CliConsole.Fail("interrupted; no model written.");
            failure = ExitCodes.Cancelled;
        }
        catch (ArgumentException e)
        {
            CliConsole.Fail(e.Message);
            failure = ExitCodes.InputFailed;
        }

        return false;
    }

    // Each candidate's cross-validated score, then the kept model's figures as its metadata records them.
    private static void ReportTraining(StanceTrainingResult result)
    {
        foreach (var c in result.Candidates)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Trainer}: cross-validated macro-F1 {c.CrossValidation.MacroF1:0.000}"));
        var model = result.Model;
        Console.WriteLine($"kept {model.Metadata.Trainer}");
        Console.WriteLine("cross-validation on the training data:");
        Console.WriteLine(model.Metadata.CrossValidation?.ToReport());
        foreach (var (source, metrics) in model.Metadata.CrossValidationBySource)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cross-validation on {source}: macro-F1 {metrics.MacroF1:0.000} (pro {metrics.PerClass[0].F1:0.000}, anti {metrics.PerClass[1].F1:0.000}, neutral {metrics.PerClass[2].F1:0.000}), {metrics.Count} sentences"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"temperature: {model.Metadata.Temperature:0.000}"));
        if (model.Metadata.DecisionBias.Count > 0)
            Console.WriteLine("decision bias (log offsets tuned on the out-of-fold predictions): " + string.Join(", ", model.Metadata.DecisionBias.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Key} {b.Value:+0.0;-0.0}"))));
    }

    // The model evaluated on the held-out --dev sentences, the figures printed and recorded in its metadata.
    private static StanceModel WithDevelopmentFigures(StanceModel model, IReadOnlyList<LabeledSentence> dev, string? devPath)
    {
        var metrics = StanceEvaluator.Evaluate(model, dev);
        Console.WriteLine($"held-out {devPath}:");
        Console.WriteLine(metrics.ToReport());
        return model.WithHeldOutFigures(development: metrics);
    }

    private static bool TrySave(StanceModel model, string outputPath)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
            if (directory is not null)
                Directory.CreateDirectory(directory);
            model.Save(outputPath);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliConsole.Fail($"{outputPath}: cannot write the model: {e.Message}");
            return false;
        }
    }

    // "PATH=W" for each data argument whose examples weigh W; every PATH must be one of the data arguments.
    private static bool TryParseWeights(string[] specs, string[] dataPaths, out Dictionary<string, float> weights)
    {
        weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            int eq = spec.LastIndexOf('=');
            if (eq <= 0 || !float.TryParse(spec.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out float w) || !(w > 0) || float.IsInfinity(w))
            {
                CliConsole.Fail($"--weight '{spec}': expected PATH=W with W a number above 0.");
                return false;
            }

            string path = spec[..eq];
            if (!dataPaths.Contains(path, StringComparer.Ordinal))
            {
                CliConsole.Fail($"--weight '{spec}': '{path}' is not one of the data arguments ({string.Join(", ", dataPaths)}).");
                return false;
            }

            weights[path] = w;
        }

        return true;
    }

    // Each "GOLD=FOLDER" evaluated on whole documents with the new model, recorded in its metadata.
    private static bool TryEvaluateDocuments(string[] specs, ref StanceModel model)
    {
        var figures = new List<HeldOutFigures>();
        foreach (var spec in specs)
        {
            int eq = spec.IndexOf('=');
            if (eq <= 0 || eq == spec.Length - 1)
            {
                CliConsole.Fail($"--eval-docs '{spec}': expected GOLD=FOLDER.");
                return false;
            }

            string gold = spec[..eq], folder = spec[(eq + 1)..];
            try
            {
                var e = DocumentEvaluator.Evaluate(StanceAnalyzer.Create(model), gold, folder);
                Console.WriteLine($"held-out documents {gold}:");
                Console.WriteLine(e.ToReport());
                figures.Add(new HeldOutFigures(gold, e.Stance, e.Calibration.ExpectedCalibrationError, e.Speaker.Accuracy));
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or StanceDataException or ArgumentException)
            {
                CliConsole.Fail(e.Message);
                return false;
            }
        }

        if (figures.Count > 0)
            model = model.WithHeldOutFigures(heldOut: figures);
        return true;
    }
}
