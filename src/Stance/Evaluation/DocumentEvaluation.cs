using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Stance.Classification;

namespace Stance.Evaluation;

/// <summary>What <see cref="DocumentEvaluator"/> measured on whole documents: stance, calibration,
/// speaker and segmentation.</summary>
/// <param name="Documents">The number of documents analysed.</param>
/// <param name="Stance">Macro-F1, accuracy, per-label precision/recall/F1 and the confusion matrix.</param>
/// <param name="Calibration">The expected calibration error and the reliability table.</param>
/// <param name="Speaker">Speaker accuracy overall, by gold kind and on named speakers.</param>
/// <param name="SegmentationExactMatch">The share of gold sentences whose span the analyzer matched exactly.</param>
public sealed record DocumentEvaluation(int Documents, StanceMetrics Stance, CalibrationReport Calibration, SpeakerAccuracy Speaker, double SegmentationExactMatch)
{
    /// <summary>Every gold sentence with the prediction aligned to it, in gold order (for error
    /// analysis; not serialized).</summary>
    [JsonIgnore]
    public IReadOnlyList<EvaluatedSentence> Sentences { get; init; } = [];

    /// <summary>A plain-text report of every figure.</summary>
    /// <returns>The report.</returns>
    public string ToReport()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"documents: {Documents}");
        sb.Append(Stance.ToReport());
        sb.AppendLine();
        sb.Append(Calibration.ToReport());
        sb.AppendLine();
        sb.Append(Speaker.ToReport());
        sb.AppendLine();
        sb.AppendLine(c, $"segmentation: {SegmentationExactMatch:0.000} of gold sentences matched exactly");
        return sb.ToString();
    }
}
