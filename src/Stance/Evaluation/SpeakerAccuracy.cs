using System.Globalization;
using System.Text;

namespace Stance.Evaluation;

/// <summary>The share of sentences whose speaker was found, overall and by the gold speaker's kind.</summary>
/// <param name="Accuracy">Right speakers over all sentences.</param>
/// <param name="Count">The number of sentences.</param>
/// <param name="Named">Accuracy on the sentences whose gold speaker is not the narrator.</param>
/// <param name="KindAccuracy">The share of sentences whose predicted kind equals the gold kind.</param>
/// <param name="PerKind">By gold kind (wire name): right and total.</param>
public sealed record SpeakerAccuracy(double Accuracy, int Count, double Named, double KindAccuracy, IReadOnlyDictionary<string, SpeakerKindCount> PerKind)
{
    /// <summary>How well the speaker confidence (<see cref="SentenceStance.SpeakerConfidence"/>) matches
    /// the share of right speakers, over the sentences that carry one; <see langword="null"/> when none does.</summary>
    public CalibrationReport? Calibration { get; init; }

    /// <summary>A plain-text report.</summary>
    /// <returns>The report.</returns>
    public string ToReport()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"speaker accuracy: {Accuracy:0.000} ({Count} sentences); named speakers {Named:0.000}; kind {KindAccuracy:0.000}");
        sb.AppendLine("gold kind       right  total  accuracy");
        foreach (var (kind, k) in PerKind)
            sb.AppendLine(c, $"{kind,-14}  {k.Right,5}  {k.Total,5}  {k.Accuracy,8:0.000}");
        if (Calibration is { } calibration)
            sb.AppendLine(c, $"speaker confidence: expected calibration error {calibration.ExpectedCalibrationError:0.000} ({calibration.Bins.Sum(b => b.Count)} sentences)");
        return sb.ToString();
    }
}

/// <summary>Right and total speakers of one gold kind.</summary>
/// <param name="Right">Sentences whose speaker was found.</param>
/// <param name="Total">Sentences of this kind.</param>
public sealed record SpeakerKindCount(int Right, int Total)
{
    /// <summary><see cref="Right"/> over <see cref="Total"/> (0 when there is none).</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Right / Total;
}
