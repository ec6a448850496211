using System.Text.Json;

namespace Stance.Speakers;

/// <summary>
/// The chance that an attribution is right, from a logistic model over the rules' evidence
/// (<see cref="SpeakerConfidenceFeatures"/>). Trained with ML.NET's L-BFGS logistic regression on
/// annotated documents; its weights are read from <c>Resources/speaker-confidence.json</c>, so
/// scoring a sentence is one dot product.
/// </summary>
internal sealed class SpeakerConfidenceModel
{
    private static readonly Lazy<SpeakerConfidenceModel> s_default = new(() =>
    {
        using var stream = typeof(SpeakerConfidenceModel).Assembly.GetManifestResourceStream("Stance.Resources.speaker-confidence.json")
            ?? throw new InvalidOperationException("The speaker confidence model is missing from the assembly.");
        return Load(stream);
    });

    private readonly float[] _weights;

    public SpeakerConfidenceModel(SpeakerConfidenceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Features.SequenceEqual(SpeakerConfidenceFeatures.Names, StringComparer.Ordinal) || file.Weights.Count != file.Features.Count)
            throw new InvalidDataException("The speaker confidence model was written for other features than this version computes; retrain it.");
        if (file.Weights.Any(w => !float.IsFinite(w)) || !float.IsFinite(file.Bias) || !float.IsFinite(file.Slope) || !float.IsFinite(file.Offset))
            throw new InvalidDataException("The speaker confidence model holds a weight that is not a finite number.");
        File = file;
        _weights = [.. file.Weights];
    }

    /// <summary>The model shipped in the assembly.</summary>
    public static SpeakerConfidenceModel Default => s_default.Value;

    /// <summary>The weights and their metadata.</summary>
    public SpeakerConfidenceFile File { get; }

    /// <summary>Reads a model file.</summary>
    public static SpeakerConfidenceModel Load(Stream stream)
    {
        SpeakerConfidenceFile? file;
        try
        {
            file = JsonSerializer.Deserialize(stream, SpeakerJsonContext.Default.SpeakerConfidenceFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("The speaker confidence model is not valid JSON: " + e.Message, e);
        }

        return new SpeakerConfidenceModel(file ?? throw new InvalidDataException("The speaker confidence model is empty."));
    }

    /// <summary>The chance that the attribution described by <paramref name="evidence"/> is right.</summary>
    public double Probability(in AttributionEvidence evidence)
    {
        Span<float> x = stackalloc float[SpeakerConfidenceFeatures.Count];
        SpeakerConfidenceFeatures.Write(evidence, x);
        return Probability(x);
    }

    /// <summary>The probability for a feature vector, computed as ML.NET's calibrated linear model does
    /// (Platt: 1 / (1 + exp(slope · score + offset))).</summary>
    public double Probability(ReadOnlySpan<float> features)
    {
        float score = File.Bias;
        for (int i = 0; i < _weights.Length; i++)
            score += _weights[i] * features[i];
        return 1.0 / (1.0 + Math.Exp(File.Slope * score + File.Offset));
    }
}
