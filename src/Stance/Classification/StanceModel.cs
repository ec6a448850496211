using Microsoft.ML;
using Microsoft.ML.Data;

namespace Stance.Classification;

/// <summary>
/// A trained stance classifier: the ML.NET model with its metadata, in one file.
/// </summary>
/// <remarks>
/// <para>A model file is a zip with <c>stance-model.json</c> (the metadata) and
/// <c>mlnet-model.zip</c> (the ML.NET model). Loading checks the format version, the featurizer
/// version, the label set and the SHA-256 of the ML.NET model before anything is predicted. A model
/// file is code-like (ML.NET deserializes types from it): load only models from a trusted source.</para>
/// <para>Instances are safe to share across threads: prediction engines, which are not, are pooled
/// (a bounded pool, released by <see cref="Dispose"/>).</para>
/// </remarks>
public sealed class StanceModel : IDisposable
{
    private static readonly Lazy<StanceModel> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly byte[] _mlNetBytes;
    private readonly StanceLabel[] _scoreOrder;
    private readonly PredictionEnginePool _engines;
    private bool _disposed;
    private readonly Lazy<FeatureExplainer?> _explainer;
    private readonly Lazy<SparseStanceScorer?> _sparse;
    private readonly Lazy<ReadOnlyMemory<char>[]> _featureNames;
    private readonly double[] _bias;

    private StanceModel(MLContext ml, ITransformer transformer, byte[] mlNetBytes, StanceModelMetadata metadata)
    {
        _ml = ml;
        _transformer = transformer;
        _mlNetBytes = mlNetBytes;
        _engines = new PredictionEnginePool(ml, transformer);
        Metadata = metadata;
        _scoreOrder = StancePipeline.KeyOrder.Select(StanceLabels.FromKey).ToArray();
        Choices = new FeatureChoices(metadata.Targets.Count > 0, metadata.TrainerOptions?.WithdrawalCues ?? true, metadata.TrainerOptions?.GenericCues ?? true);
        _bias = BiasInScoreOrder(metadata, _scoreOrder);
        // The feature slots' names are read once (ML.NET builds a string per slot) and shared.
        _featureNames = new Lazy<ReadOnlyMemory<char>[]>(ReadFeatureNames, LazyThreadSafetyMode.ExecutionAndPublication);
        _explainer = new Lazy<FeatureExplainer?>(() => FeatureExplainer.TryCreate(_transformer, _featureNames.Value, SchemaDefinitionFor()), LazyThreadSafetyMode.ExecutionAndPublication);
        _sparse = new Lazy<SparseStanceScorer?>(() =>
        {
            var scorer = SparseStanceScorer.TryCreate(_transformer, SchemaDefinitionFor(), metadata, _featureNames.Value);
            // Reading ML.NET's slot names leaves tens of megabytes of garbage once per model; collect it
            // now, before the process's working set grows around it (the streaming check's peak).
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            return scorer;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>What the model says about itself.</summary>
    public StanceModelMetadata Metadata { get; }

    /// <summary>The names the model gives its labels in output (<see cref="StanceModelMetadata.LabelNames"/>).</summary>
    public StanceLabelNames LabelNames => Metadata.LabelNames;

    /// <summary>The default model, from the <c>Stance.Models.Default</c> package that <c>Stance</c>
    /// depends on: trained on the project's corpus and real news for the withdrawal of US and US-led
    /// coalition forces from Iraq. Loaded once, on first use.</summary>
    /// <exception cref="InvalidStanceModelException">The application leaves out the
    /// <c>Stance.Models.Default</c> package, or it carries no model.</exception>
    public static StanceModel Default => s_default.Value;

    /// <summary>Whether the default model is there: the application references the
    /// <c>Stance.Models.Default</c> package (as <c>Stance</c> does unless it is excluded).</summary>
    public static bool HasDefault => DefaultModelResource.IsThere;

    /// <summary>Loads a model file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidStanceModelException">The file is not a usable Stance model.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static StanceModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Loads a model from a stream (read to its end; not closed).</summary>
    /// <param name="stream">The model bytes.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidStanceModelException">The data is not a usable Stance model.</exception>
    public static StanceModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        if (buffer.Length == 0)
            throw new InvalidStanceModelException("The model is empty.");
        buffer.Position = 0;

        var (metadata, mlNetBytes) = StanceModelFile.Read(buffer);
        StanceModelFile.Validate(metadata, mlNetBytes);
        var ml = new MLContext(seed: metadata.Seed);
        ITransformer transformer;
        try
        {
            transformer = ml.Model.Load(new MemoryStream(mlNetBytes), out _);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidStanceModelException("The ML.NET model inside the file cannot be loaded: " + e.Message, e);
        }

        var model = new StanceModel(ml, transformer, mlNetBytes, metadata);
        model.CheckSchema();
        return model;
    }

    /// <summary>Writes the model.</summary>
    /// <param name="stream">The destination.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        StanceModelFile.Write(stream, Metadata, _mlNetBytes);
    }

    /// <summary>Writes the model to a file.</summary>
    /// <param name="path">The file; replaced if it exists.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Wraps a freshly trained transformer: saved and loaded once, so that a trained model
    /// and a loaded one behave the same.</summary>
    internal static StanceModel FromTrained(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, StanceModelMetadata metadata)
    {
        var bytes = new MemoryStream();
        ml.Model.Save(transformer, inputSchema, bytes);
        var mlNetBytes = bytes.ToArray();
        metadata = metadata with { ModelSha256 = StanceModelFile.Sha256(mlNetBytes) };
        var loaded = ml.Model.Load(new MemoryStream(mlNetBytes), out _);
        var model = new StanceModel(ml, loaded, mlNetBytes, metadata);
        model.CheckSchema();
        return model;
    }

    /// <summary>A copy of the model whose metadata also records figures measured on data it did not
    /// train on (the same ML.NET model, pool of its own): what <c>stance train --dev</c> and
    /// <c>--eval-docs</c> store.</summary>
    /// <param name="development">Sentence-level metrics on a held-out labeled set, or
    /// <see langword="null"/> to keep the recorded ones.</param>
    /// <param name="heldOut">Whole-document figures per held-out set, or <see langword="null"/> to keep
    /// the recorded ones.</param>
    /// <returns>The model with the figures in <see cref="StanceModelMetadata.Development"/> and
    /// <see cref="StanceModelMetadata.HeldOut"/>.</returns>
    public StanceModel WithHeldOutFigures(StanceMetrics? development = null, IReadOnlyList<HeldOutFigures>? heldOut = null) =>
        WithMetadata(Metadata with { Development = development ?? Metadata.Development, HeldOut = heldOut ?? Metadata.HeldOut });

    internal StanceModel WithMetadata(StanceModelMetadata metadata) => new(_ml, _transformer, _mlNetBytes, metadata with { ModelSha256 = Metadata.ModelSha256 });

    /// <summary>The featurizer settings the model was trained with (the target conjunction and the
    /// withdrawal cues), read from its metadata: every path that scores features with them.</summary>
    internal FeatureChoices Choices { get; }

    /// <summary>Classifies one sentence read alone, outside any document.</summary>
    internal StancePrediction Predict(string text, string? target = null, int explain = 5) =>
        Predict(StanceDocumentReader.FeaturizeAll([new LabeledSentence(text, StanceLabel.Neutral) { Target = target }], Choices)[0], explain);

    /// <summary>Classifies one featurized sentence: through the sparse scorer read from the ML.NET model,
    /// or through ML.NET's prediction engine for a sentence the scorer declines.</summary>
    internal StancePrediction Predict(StanceFeatureRow row, int explain = 5)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Span<float> probabilities = stackalloc float[3];
        if (_sparse.Value is { } sparse)
        {
            VBuffer<float> features = default;
            bool scored = explain > 0
                ? sparse.TryScore(row, probabilities, f => features = f)
                : sparse.TryScore(row, probabilities);
            if (scored)
            {
                var scores = ToScores(probabilities);
                return new StancePrediction(scores.Best, scores, explain > 0 ? Explain(features, scores.Best, explain) : []);
            }
        }

        return PredictWithEngine(row, explain);
    }

    /// <summary>Classifies one featurized sentence through ML.NET's prediction engine, the reference
    /// that the sparse scorer must match.</summary>
    internal StancePrediction PredictWithEngine(StanceFeatureRow row, int explain = 5)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var output = _engines.Predict(row);
        var scores = ToScores(output.Score);
        return new StancePrediction(scores.Best, scores, explain > 0 ? Explain(output.Features, scores.Best, explain) : []);
    }

    /// <summary>Releases the model's pooled ML.NET prediction engines. The shared
    /// <see cref="Default"/> model is never released: disposing it does nothing. A disposed model
    /// throws <see cref="ObjectDisposedException"/> when asked to predict.</summary>
    public void Dispose()
    {
        if (s_default.IsValueCreated && ReferenceEquals(s_default.Value, this))
            return;
        _disposed = true;
        _engines.Dispose();
    }

    /// <summary>Whether sentences are scored by the sparse scorer (false when the model's pipeline is
    /// not one it can read, for example a model with several targets).</summary>
    internal bool HasSparseScorer => _sparse.Value is not null;

    private FeatureContribution[] Explain(VBuffer<float> features, StanceLabel label, int count) =>
        _explainer.Value is { } explainer ? explainer.Explain(features, Array.IndexOf(_scoreOrder, label), count) : [];

    /// <summary>Classifies many sentences in one pass through an <see cref="IDataView"/>.</summary>
    internal IReadOnlyList<StancePrediction> PredictBatch(IReadOnlyList<string> texts, string? target = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var sentences = texts.Select(t => new LabeledSentence(t, StanceLabel.Neutral) { Target = target }).ToList();
        return StanceDocumentReader.FeaturizeAll(sentences, Choices).Select(row => Predict(row, 0)).ToList();
    }

    /// <summary>Scores labeled sentences (each with its own target; the sentences of a document read
    /// in order, as the analyzer reads them) in one pass, with the model's decision offsets applied,
    /// for evaluation.</summary>
    internal IReadOnlyList<StanceScores> Score(IReadOnlyList<LabeledSentence> sentences) =>
        StanceDocumentReader.FeaturizeAll(sentences, Choices).Select(row => Predict(row, 0).Scores).ToList();

    internal MLContext Context => _ml;

    /// <summary>The ML.NET model.</summary>
    internal ITransformer Transformer => _transformer;

    /// <summary>The slot names of the ML.NET model's feature vector.</summary>
    internal ReadOnlyMemory<char>[] FeatureNames => _featureNames.Value;

    /// <summary>The columns the ML.NET model reads.</summary>
    internal DataViewSchema InputSchema => SchemaDefinitionFor();

    private StanceScores ToScores(ReadOnlySpan<float> score)
    {
        Span<double> p = stackalloc double[3];
        for (int i = 0; i < score.Length && i < p.Length; i++)
            p[i] = score[i];
        DecisionBias.Apply(_bias, p);
        TemperatureScaling.Apply(Metadata.Temperature, p);
        double pro = 0, anti = 0, neutral = 0;
        for (int i = 0; i < p.Length && i < _scoreOrder.Length; i++)
        {
            switch (_scoreOrder[i])
            {
                case StanceLabel.Pro: pro = p[i]; break;
                case StanceLabel.Anti: anti = p[i]; break;
                default: neutral = p[i]; break;
            }
        }

        double sum = pro + anti + neutral;
        if (!(sum > 0) || double.IsNaN(sum))
            return new StanceScores(0, 0, 1);
        return new StanceScores(pro / sum, anti / sum, neutral / sum);
    }

    // Empty when the model has no offsets, so that its scores pass through untouched.
    private static double[] BiasInScoreOrder(StanceModelMetadata metadata, StanceLabel[] scoreOrder)
    {
        if (metadata.DecisionBias is not { Count: > 0 } bias)
            return [];
        var result = new double[scoreOrder.Length];
        for (int i = 0; i < scoreOrder.Length; i++)
        {
            if (bias.TryGetValue(scoreOrder[i].ToWireName(), out double offset))
            {
                if (!double.IsFinite(offset) || Math.Abs(offset) > 50)
                    throw new InvalidStanceModelException($"The model's decision bias for {scoreOrder[i].ToWireName()} is {offset}; it must be a finite number within ±50.");
                result[i] = offset;
            }
        }

        return result;
    }

    private void CheckSchema()
    {
        try
        {
            var schema = _transformer.GetOutputSchema(SchemaDefinitionFor());
            var score = schema.GetColumnOrNull(StancePipeline.ScoreColumn) ?? throw new InvalidStanceModelException($"The model has no {StancePipeline.ScoreColumn} column.");
            if (score.Type is not VectorDataViewType { Size: 3 })
                throw new InvalidStanceModelException($"The model scores {score.Type} instead of three labels.");
        }
        catch (InvalidStanceModelException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            throw new InvalidStanceModelException("The model does not accept the featurizer's columns: " + e.Message, e);
        }
    }

    // The blocks' own slot names, in the order the Features column concatenates them (word, char, cue),
    // without its "word." prefixes: asking the Features column would make ML.NET build every name a
    // second time, and the block is known from the slot's range.
    private ReadOnlyMemory<char>[] ReadFeatureNames()
    {
        var schema = _transformer.GetOutputSchema(SchemaDefinitionFor());
        var blocks = new List<VBuffer<ReadOnlyMemory<char>>>();
        foreach (var block in StancePipeline.Blocks)
        {
            if (schema.GetColumnOrNull(block) is not { } column || !column.HasSlotNames())
                return [];
            var names = new VBuffer<ReadOnlyMemory<char>>();
            column.GetSlotNames(ref names);
            blocks.Add(names);
        }

        // Copied into one character buffer: ML.NET's string per slot (hundreds of thousands) becomes
        // garbage at once instead of staying alive for the model's lifetime.
        var all = blocks.SelectMany(b => b.DenseValues());
        var chars = new char[all.Sum(n => n.Length)];
        var result = new ReadOnlyMemory<char>[blocks.Sum(b => b.Length)];
        int at = 0, i = 0;
        foreach (var name in all)
        {
            name.Span.CopyTo(chars.AsSpan(at));
            result[i++] = chars.AsMemory(at, name.Length);
            at += name.Length;
        }

        return result;
    }

    private DataViewSchema SchemaDefinitionFor() => _ml.Data.LoadFromEnumerable(Array.Empty<StanceFeatureRow>()).Schema;


    private static StanceModel LoadDefault()
    {
        using var stream = DefaultModelResource.Open();
        return Load(stream);
    }
}
