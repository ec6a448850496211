using System.Security.Cryptography;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Stance.IO;
using Stance.Speakers;
using Stance.Text;

namespace Stance.Evaluation;

/// <summary>
/// Trains the speaker confidence model (<see cref="SpeakerConfidenceModel"/>): one row per gold
/// sentence of annotated documents, the rules' evidence as features, and whether the rules'
/// attribution matches the gold speaker (<see cref="DocumentEvaluator.SpeakerMatches"/>) as the label.
/// ML.NET's L-BFGS logistic regression learns the weights. The weight of the written corpus's rows
/// beside the real news rows and the L2 strength are chosen by 5-fold cross-validation over
/// documents (log-loss of the out-of-fold probabilities of the real news rows), never on a
/// development set: the confidence is meant for real reporting.
/// </summary>
internal static class SpeakerConfidenceTrainer
{
    private static readonly float[] s_l2Grid = [0.01f, 0.1f, 1f];
    private static readonly float[] s_writtenWeightGrid = [0f, 0.01f, 0.03f, 0.1f, 0.3f, 1f];

    /// <summary>One source of annotated documents.</summary>
    /// <param name="Name">How the metadata names it.</param>
    /// <param name="GoldPath">A gold file (see <see cref="DocumentEvaluator.ReadGold"/>).</param>
    /// <param name="DocumentsFolder">The folder of the documents, or <see langword="null"/> when the
    /// document text is rebuilt from the gold rows (the written corpus).</param>
    /// <param name="Written">Whether the documents are our own writing (weighted by cross-validation)
    /// rather than real news.</param>
    internal sealed record Source(string Name, string GoldPath, string? DocumentsFolder, bool Written);

    /// <summary>One training row.</summary>
    internal sealed class Row
    {
        [VectorType]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public string Document { get; set; } = "";

        public bool Written { get; set; }

        public float Weight { get; set; } = 1;
    }

    /// <summary>The trained model, its ML.NET form (for the equality test) and the rows.</summary>
    internal sealed record Result(SpeakerConfidenceFile File, ITransformer Model, IReadOnlyList<Row> Rows);

    /// <summary>Reads the sources, attributes their documents with the rules and trains.</summary>
    public static Result Train(IReadOnlyList<Source> sources, SpeakerAttributor? attributor = null)
    {
        attributor ??= SpeakerAttributor.Default;
        var rows = new List<Row>();
        var names = new List<string>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            int before = rows.Count;
            hash.AppendData(File.ReadAllBytes(source.GoldPath));
            foreach (var group in DocumentEvaluator.ReadGold(source.GoldPath).GroupBy(g => g.DocumentId))
            {
                var gold = group.ToList();
                string text;
                if (source.DocumentsFolder is { } folder)
                {
                    byte[] bytes = File.ReadAllBytes(Path.Combine(folder, group.Key));
                    hash.AppendData(bytes);
                    text = Utf8Input.Decode(bytes, group.Key);
                }
                else
                {
                    text = Rebuild(gold);
                }

                AddRows(attributor, source.Name + "/" + group.Key, text, gold, source.Written, rows);
            }

            names.Add($"{source.Name}: {rows.Count - before} sentences");
        }

        return Fit(rows, names, Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant());
    }

    // The written corpus stores sentences, not files: each at its offset, blanks between.
    private static string Rebuild(List<GoldSentence> gold)
    {
        var chars = new char[gold.Max(g => g.Start + g.Length)];
        Array.Fill(chars, ' ');
        foreach (var g in gold)
            g.Text.AsSpan(0, Math.Min(g.Text.Length, g.Length)).CopyTo(chars.AsSpan(g.Start));
        if (gold.Count > 1 && gold[0].Start + gold[0].Length < chars.Length)
            chars[gold[0].Start + gold[0].Length] = '\n';
        return new string(chars);
    }

    private static void AddRows(SpeakerAttributor attributor, string document, string text, List<GoldSentence> gold, bool written, List<Row> rows)
    {
        var spans = SentenceSegmenter.Default.Segment(text);
        if (spans.Count == 0)
            return;
        var attributed = attributor.AttributeWithEvidence(text, spans);
        foreach (var g in gold)
        {
            // A gold sentence no predicted sentence touches has no attribution to judge.
            int best = SpanAlignment.BestOverlap(spans.Count, i => (spans[i].Start, spans[i].Length), g.Start, g.Length);
            if (best < 0)
                continue;
            var features = new float[SpeakerConfidenceFeatures.Count];
            SpeakerConfidenceFeatures.Write(attributed[best].Evidence, features);
            rows.Add(new Row { Features = features, Label = DocumentEvaluator.SpeakerMatches(g, attributed[best].Attribution.Speaker), Document = document, Written = written });
        }
    }

    private static Result Fit(List<Row> rows, List<string> sources, string trainingHash)
    {
        var ml = new MLContext(seed: 1);
        (float L2, float Written, double LogLoss, CalibrationReport Calibration, double Auc)? chosen = null;
        foreach (var written in s_writtenWeightGrid)
        {
            foreach (var row in rows)
                row.Weight = row.Written ? written : 1;
            var data = ml.Data.LoadFromEnumerable(rows, SchemaFor());
            foreach (var l2 in s_l2Grid)
            {
                var (logLoss, calibration, auc) = CrossValidate(ml, data, l2);
                if (chosen is null || logLoss < chosen.Value.LogLoss - 1e-9)
                    chosen = (l2, written, logLoss, calibration, auc);
            }
        }

        var best = chosen!.Value;
        foreach (var row in rows)
            row.Weight = row.Written ? best.Written : 1;
        var model = Trainer(ml, best.L2).Fit(ml.Data.LoadFromEnumerable(rows, SchemaFor()));
        var parameters = model.Model;
        var linear = parameters.SubModel;
        var file = new SpeakerConfidenceFile
        {
            Features = SpeakerConfidenceFeatures.Names,
            Weights = [.. linear.Weights],
            Bias = linear.Bias,
            Slope = (float)parameters.Calibrator.Slope,
            Offset = (float)parameters.Calibrator.Offset,
            Metadata = new SpeakerConfidenceMetadata
            {
                TrainingHash = trainingHash,
                Sources = sources,
                RulesAccuracy = Math.Round(rows.Count(r => r.Label) / (double)rows.Count, 4),
                RealNewsRulesAccuracy = Math.Round(rows.Where(r => !r.Written).DefaultIfEmpty().Average(r => r is { Label: true } ? 1.0 : 0.0), 4),
                CrossValidatedCalibrationError = Math.Round(best.Calibration.ExpectedCalibrationError, 4),
                CrossValidatedAuc = Math.Round(best.Auc, 4),
                L2Regularization = best.L2,
                WrittenWeight = best.Written,
                TrainedOnInstructionSet = Classification.StanceTrainer.InstructionSet(),
            },
        };
        return new Result(file, model, rows);
    }

    // Out-of-fold probabilities of the real news rows (all rows when there are none): log-loss,
    // calibration and area under the ROC curve.
    private static (double LogLoss, CalibrationReport Calibration, double Auc) CrossValidate(MLContext ml, IDataView data, float l2)
    {
        var folds = ml.BinaryClassification.CrossValidate(data, Trainer(ml, l2), numberOfFolds: 5, labelColumnName: nameof(Row.Label), samplingKeyColumnName: nameof(Row.Document));
        var all = new List<(double P, bool Label, bool Written)>();
        foreach (var fold in folds)
        {
            var p = fold.ScoredHoldOutSet.GetColumn<float>("Probability").ToArray();
            var y = fold.ScoredHoldOutSet.GetColumn<bool>(nameof(Row.Label)).ToArray();
            var w = fold.ScoredHoldOutSet.GetColumn<bool>(nameof(Row.Written)).ToArray();
            for (int i = 0; i < p.Length; i++)
                all.Add((p[i], y[i], w[i]));
        }

        var real = all.Any(r => !r.Written) ? all.Where(r => !r.Written).ToList() : all;
        double logLoss = real.Average(x => -Math.Log(Math.Clamp(x.Label ? x.P : 1 - x.P, 1e-9, 1)));
        return (logLoss, CalibrationReport.Of(real.Select(r => (r.P, r.Label))), Auc(ml, real));
    }

    // The chance that a right attribution scores above a wrong one: ML.NET's area under the ROC curve.
    private static double Auc(MLContext ml, List<(double P, bool Label, bool Written)> rows)
    {
        if (rows.All(r => r.Label) || !rows.Any(r => r.Label))
            return 0.5; // undefined with one class; ML.NET would throw
        var scored = ml.Data.LoadFromEnumerable(rows.Select(r => new ScoredRow { Label = r.Label, Score = (float)r.P, PredictedLabel = r.P >= 0.5 }));
        return ml.BinaryClassification.EvaluateNonCalibrated(scored, nameof(ScoredRow.Label), nameof(ScoredRow.Score), nameof(ScoredRow.PredictedLabel)).AreaUnderRocCurve;
    }

    private sealed class ScoredRow
    {
        public bool Label { get; set; }

        public float Score { get; set; }

        public bool PredictedLabel { get; set; }
    }

    private static LbfgsLogisticRegressionBinaryTrainer Trainer(MLContext ml, float l2) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L2Regularization = l2,
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = 0,
            NumberOfThreads = 1, // the same weights on every machine
        });

    internal static SchemaDefinition SchemaFor()
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, SpeakerConfidenceFeatures.Count);
        return schema;
    }

    /// <summary>Serializes a model file as the resource stores it.</summary>
    public static string ToJson(SpeakerConfidenceFile file) =>
        System.Text.Json.JsonSerializer.Serialize(file, SpeakerJsonContext.Default.SpeakerConfidenceFile) + "\n";
}
