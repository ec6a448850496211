using System.Globalization;
using System.Text;

namespace Stance.Evaluation;

/// <summary>How well confidence matches accuracy: the expected calibration error over equal-width
/// confidence bins, with the reliability table it is computed from.</summary>
/// <param name="ExpectedCalibrationError">The count-weighted mean of |accuracy − mean confidence| over
/// the bins: 0 when a confidence of 0.8 is right 80% of the time.</param>
/// <param name="Bins">The reliability table, lowest confidence first.</param>
public sealed record CalibrationReport(double ExpectedCalibrationError, IReadOnlyList<CalibrationBin> Bins)
{
    /// <summary>The number of bins the library uses by default.</summary>
    public const int DefaultBinCount = 10;

    /// <summary>Computes the report.</summary>
    /// <param name="predictions">Each prediction's confidence (the probability of the chosen label, in
    /// [0, 1]) and whether it is right.</param>
    /// <param name="binCount">The number of equal-width bins over [0, 1].</param>
    /// <returns>The report; an expected calibration error of 0 when there is no prediction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="binCount"/> is below 1, or a
    /// confidence is outside [0, 1] or not a number.</exception>
    public static CalibrationReport Of(IEnumerable<(double Confidence, bool Correct)> predictions, int binCount = DefaultBinCount)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentOutOfRangeException.ThrowIfLessThan(binCount, 1);
        var count = new int[binCount];
        var confidence = new double[binCount];
        var correct = new int[binCount];
        int total = 0;
        foreach (var (p, right) in predictions)
        {
            if (!(p >= 0 && p <= 1))
                throw new ArgumentOutOfRangeException(nameof(predictions), p, "A confidence must lie in [0, 1].");
            int bin = Math.Min(binCount - 1, (int)(p * binCount));
            count[bin]++;
            confidence[bin] += p;
            correct[bin] += right ? 1 : 0;
            total++;
        }

        var bins = new CalibrationBin[binCount];
        double ece = 0;
        for (int b = 0; b < binCount; b++)
        {
            double mean = count[b] == 0 ? 0 : confidence[b] / count[b];
            double accuracy = count[b] == 0 ? 0 : (double)correct[b] / count[b];
            bins[b] = new CalibrationBin((double)b / binCount, (double)(b + 1) / binCount, count[b], mean, accuracy);
            if (total > 0)
                ece += (double)count[b] / total * Math.Abs(accuracy - mean);
        }

        return new CalibrationReport(ece, bins);
    }

    /// <summary>A plain-text report: the error and the non-empty bins.</summary>
    /// <returns>The report.</returns>
    public string ToReport()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"expected calibration error ({Bins.Count} bins): {ExpectedCalibrationError:0.000}");
        sb.AppendLine("confidence     count  mean conf.  accuracy");
        foreach (var b in Bins.Where(b => b.Count > 0))
            sb.AppendLine(c, $"{b.Lower:0.0}–{b.Upper:0.0}  {b.Count,10}  {b.MeanConfidence,10:0.000}  {b.Accuracy,8:0.000}");
        return sb.ToString();
    }
}
