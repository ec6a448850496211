using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;

namespace Stance.Classification;

/// <summary>
/// Trains a stance model from labeled sentences with ML.NET: compares the candidate trainers by
/// k-fold cross-validation (documents kept whole within a fold), keeps the best by macro-F1 and
/// trains it on all the examples. Deterministic for a given corpus, options and seed.
/// </summary>
/// <remarks>The model is not tied to the withdrawal question: train it on labeled sentences about
/// any target (labels pro/favor, anti/against, neutral/none) and load it in <see cref="StanceAnalyzer"/>.</remarks>
public sealed class StanceTrainer
{
    /// <summary>Creates a trainer.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public StanceTrainer(StanceTrainerOptions? options = null)
    {
        Options = options ?? new StanceTrainerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.Folds, 2, nameof(options));
        if (Options.WordNgramLength is < 1 or > 4 || Options.CharNgramLength is < 1 or > 8)
            throw new ArgumentOutOfRangeException(nameof(options), $"N-gram lengths must lie within 1–4 (words, got {Options.WordNgramLength}) and 1–8 (characters, got {Options.CharNgramLength}).");
        if (Options.Candidates is null || Options.Candidates.Count == 0)
            throw new ArgumentException("At least one candidate trainer is needed.", nameof(options));
    }

    /// <summary>The options.</summary>
    public StanceTrainerOptions Options { get; }

    /// <summary>Trains a model.</summary>
    /// <param name="examples">The labeled sentences.</param>
    /// <param name="cancellationToken">Stops training between folds and trainers.</param>
    /// <returns>The model and the comparison of the candidates.</returns>
    /// <exception cref="ArgumentException">There are fewer examples than folds, or an example has no text.</exception>
    public StanceTrainingResult Train(IEnumerable<LabeledSentence> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var list = examples.ToList();
        if (list.Count < Options.Folds)
            throw new ArgumentException($"Training needs at least {Options.Folds} examples; got {list.Count}.", nameof(examples));
        if (list.Exists(e => e is null || string.IsNullOrWhiteSpace(e.Text)))
            throw new ArgumentException("Every example needs a non-empty text.", nameof(examples));
        if (list.Exists(e => !(e.Weight > 0) || float.IsInfinity(e.Weight)))
            throw new ArgumentException("Every example's weight must be a finite number above 0.", nameof(examples));

        var targets = list.Select(e => e.Target).OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        bool conjoin = Options.ConjoinTarget && targets.Length > 1;
        var rows = Featurize(list, conjoin);

        var ml = new MLContext(seed: Options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var comparisons = new List<TrainerComparison>();
        var outOfFold = new List<IDataView[]>();
        foreach (var kind in Options.Candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pipeline = StancePipeline.Build(ml, Options, kind);
            var folds = ml.MulticlassClassification.CrossValidate(data, pipeline, Options.Folds, StancePipeline.LabelKey, samplingKeyColumnName: nameof(StanceFeatureRow.Group), seed: Options.Seed);
            var keyOrder = StancePipeline.KeyOrder.Select(StanceLabels.FromKey).ToArray();
            comparisons.Add(new TrainerComparison(kind, StanceMetrics.FromMlNet(folds.Select(f => f.Metrics.ConfusionMatrix), keyOrder)));
            outOfFold.Add([.. folds.Select(f => f.ScoredHoldOutSet)]);
        }

        // Best macro-F1; ties go to the earlier candidate, so the choice is stable.
        var (best, bestIndex) = comparisons.Select((c, i) => (c, i)).OrderByDescending(x => x.c.CrossValidation.MacroF1).ThenBy(x => x.i).First();
        var oof = OutOfFold(ml, outOfFold[bestIndex]);
        var bias = Options.TuneDecisionBias ? TuneBias(oof) : new Dictionary<string, double>();
        double temperature = Options.Calibrate ? FitTemperature(oof, bias) : 1;
        cancellationToken.ThrowIfCancellationRequested();
        var transformer = StancePipeline.Build(ml, Options, best.Trainer).Fit(data);
        var metadata = new StanceModelMetadata
        {
            FeaturizerVersion = StanceFeaturizer.Version,
            Target = Options.TargetDescription,
            Labels = LabelNamesFor(list).InOrder,
            Trainer = best.Trainer.ToString(),
            CandidateMacroF1 = comparisons.ToDictionary(c => c.Trainer.ToString(), c => Math.Round(c.CrossValidation.MacroF1, 6)),
            CorpusSha256 = CorpusHash(list),
            TrainingSentences = list.Count,
            Targets = conjoin ? targets : [],
            Seed = Options.Seed,
            TrainerOptions = Options,
            CrossValidation = best.CrossValidation,
            CrossValidationBySource = BySource(ml, oof),
            Sources = [.. list.Where(e => e.Source is not null).GroupBy(e => e.Source!, StringComparer.Ordinal)
                .Select(g => new TrainingSource(g.Key, g.Count(), g.Max(e => e.Weight), CorpusHash(g.Select(e => e with { Weight = 1 }))))],
            DecisionBias = bias,
            Temperature = temperature,
            MlNetVersion = typeof(MLContext).Assembly.GetName().Version?.ToString() ?? "",
            TrainedOnInstructionSet = InstructionSet(),
        };
        var model = StanceModel.FromTrained(ml, transformer, data.Schema, metadata);
        return new StanceTrainingResult(model, [.. comparisons.OrderByDescending(c => c.CrossValidation.MacroF1)]);
    }

    // The kept trainer's out-of-fold predictions: gold index and probabilities in score order, and source.
    private static List<(int Gold, float[] Score, string Source)> OutOfFold(MLContext ml, IDataView[] scoredFolds)
    {
        var rows = new List<(int, float[], string)>();
        foreach (var fold in scoredFolds)
        {
            // Label keys are 1-based in the model's score order.
            foreach (var row in ml.Data.CreateEnumerable<ScoredRow>(fold, reuseRowObject: false))
                rows.Add(((int)row.LabelKey - 1, row.Score, row.Source));
        }

        return rows;
    }

    // The offsets by label wire name; labels whose offset is zero are left out.
    private static Dictionary<string, double> TuneBias(List<(int Gold, float[] Score, string Source)> oof)
    {
        var offsets = DecisionBias.Tune(oof.Select(r => r.Gold).ToList(), oof.Select(r => r.Score).ToList(), StancePipeline.KeyOrder.Length);
        var result = new Dictionary<string, double>();
        for (int i = 0; i < offsets.Length; i++)
        {
            if (offsets[i] != 0)
                result[StanceLabels.FromKey(StancePipeline.KeyOrder[i]).ToWireName()] = Math.Round(offsets[i], 6);
        }

        return result;
    }

    // On the calibration source's out-of-fold rows (all rows when none is named), after the offsets.
    private double FitTemperature(List<(int Gold, float[] Score, string Source)> oof, Dictionary<string, double> bias)
    {
        var rows = Options.CalibrationSource is { } source ? oof.Where(r => r.Source == source).ToList() : oof;
        if (rows.Count == 0)
            throw new ArgumentException($"No example comes from the calibration source '{Options.CalibrationSource}'.");
        var offsets = StancePipeline.KeyOrder.Select(k => bias.GetValueOrDefault(StanceLabels.FromKey(k).ToWireName())).ToArray();
        var probabilities = rows.Select(r =>
        {
            var p = Array.ConvertAll(r.Score, x => (double)x);
            DecisionBias.Apply(offsets, p);
            return p;
        }).ToList();
        return TemperatureScaling.Fit(rows.Select(r => r.Gold).ToList(), probabilities);
    }

    // Cross-validation figures of each source, when the examples name more than one.
    private static Dictionary<string, StanceMetrics> BySource(MLContext ml, List<(int Gold, float[] Score, string Source)> oof)
    {
        var result = new Dictionary<string, StanceMetrics>(StringComparer.Ordinal);
        var sources = oof.Select(r => r.Source).Distinct().ToList();
        if (sources.Count < 2)
            return result;
        var order = StancePipeline.KeyOrder.Select(StanceLabels.FromKey).ToArray();
        foreach (var source in sources)
        {
            result[source.Length == 0 ? "(none)" : source] = MulticlassScoring.Evaluate(ml, oof.Where(r => r.Source == source)
                .Select(r => (order[r.Gold], new StanceScores(r.Score[Array.IndexOf(order, StanceLabel.Pro)], r.Score[Array.IndexOf(order, StanceLabel.Anti)], r.Score[Array.IndexOf(order, StanceLabel.Neutral)]))));
        }

        return result;
    }

    private List<StanceFeatureRow> Featurize(List<LabeledSentence> examples, bool conjoin)
    {
        var counts = StanceLabels.All.ToDictionary(l => l, l => examples.Count(e => e.Label == l));
        // Training reads documents exactly as the analyzer does: speakers and context in order.
        var rows = StanceDocumentReader.FeaturizeAll(examples, new FeatureChoices(conjoin, Options.WithdrawalCues, Options.GenericCues));
        for (int i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            var row = rows[i];
            row.Label = StanceLabels.ToKey(e.Label);
            // Without a document id every sentence is its own group.
            row.Group = e.DocumentId ?? ("#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            float balance = Options.BalanceClasses ? (float)(examples.Count / (3.0 * counts[e.Label])) : 1f;
            row.Weight = balance * e.Weight;
            row.Source = e.Source ?? "";
        }

        return rows;
    }

    internal static string InstructionSet() =>
        System.Runtime.Intrinsics.X86.Avx512F.IsSupported ? "x86-64-v4 (AVX-512)"
        : System.Runtime.Intrinsics.X86.Avx2.IsSupported ? "x86-64-v3 (AVX2)"
        : System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported ? "arm64 (AdvSIMD)"
        : System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated ? "128-bit SIMD" : "scalar";

    /// <summary>SHA-256 over the examples in order: text, label and target, one line each.</summary>
    private StanceLabelNames LabelNamesFor(IReadOnlyList<LabeledSentence> examples)
    {
        if (Options.LabelNames is { } chosen)
        {
            chosen.Validate();
            return chosen;
        }

        bool withdrawal = Options.WithdrawalCues && Options.TargetDescription == new StanceTrainerOptions().TargetDescription;
        return TrainingLabelNames.FromData(examples, withdrawal ? StanceLabelNames.Withdrawal : StanceLabelNames.Generic);
    }

    internal static string CorpusHash(IEnumerable<LabeledSentence> examples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in examples)
            hash.AppendData(Encoding.UTF8.GetBytes(e.Weight == 1f
                ? $"{e.Label.ToWireName()}\t{e.Target}\t{e.Text}\n"
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{e.Label.ToWireName()}\t{e.Target}\t{e.Text}\t{e.Weight:R}\n")));
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }
}
