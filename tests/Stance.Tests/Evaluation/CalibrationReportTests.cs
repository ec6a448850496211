using Stance.Evaluation;

namespace Stance.Tests.Evaluation;

/// <summary>The expected calibration error is the count-weighted gap between confidence and accuracy.</summary>
public sealed class CalibrationReportTests
{
    [Fact]
    public void ConfidenceThatMatchesAccuracyHasNoError()
    {
        // Ten at 0.8 of which eight are right.
        var report = CalibrationReport.Of(Enumerable.Range(0, 10).Select(i => (0.8, i < 8)));
        Assert.Equal(0, report.ExpectedCalibrationError, 9);
        var bin = Assert.Single(report.Bins, b => b.Count > 0);
        Assert.Equal(0.8, bin.Lower, 9);
        Assert.Equal(0.8, bin.Accuracy, 9);
    }

    [Fact]
    public void TheErrorWeighsEachBinByItsShare()
    {
        // Half at 0.95 all wrong (gap 0.95), half at 0.55 all right (gap 0.45): (0.95 + 0.45) / 2.
        var rows = Enumerable.Repeat((0.95, false), 5).Concat(Enumerable.Repeat((0.55, true), 5));
        Assert.Equal(0.70, CalibrationReport.Of(rows).ExpectedCalibrationError, 9);
    }

    [Fact]
    public void ACertainPredictionFallsInTheLastBin()
    {
        var report = CalibrationReport.Of([(1.0, true)]);
        Assert.Equal(1, report.Bins[^1].Count);
        Assert.Equal(10, report.Bins.Count);
    }

    [Fact]
    public void AConfidenceOutsideZeroToOneIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CalibrationReport.Of([(1.5, true)]));
}
