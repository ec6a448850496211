using Stance.Classification;

namespace Stance.Tests.Classification;

/// <summary>Temperature scaling makes over-confident probabilities honest and never changes the label.</summary>
public sealed class TemperatureScalingTests
{
    [Fact]
    public void OverConfidentPredictionsGetATemperatureAboveOne()
    {
        // Every prediction says 0.98, but only 7 in 10 are right.
        var gold = new List<int>();
        var probabilities = new List<double[]>();
        for (int i = 0; i < 100; i++)
        {
            gold.Add(i % 10 < 7 ? 0 : 1);
            probabilities.Add([0.98, 0.01, 0.01]);
        }

        double t = TemperatureScaling.Fit(gold, probabilities);
        Assert.True(t > 1, $"temperature {t}");
        var p = new double[] { 0.98, 0.01, 0.01 };
        TemperatureScaling.Apply(t, p);
        // Fitted for likelihood, the confidence comes close to the 70% accuracy.
        Assert.InRange(p[0], 0.62, 0.78);
    }

    [Fact]
    public void UnderConfidentPredictionsGetATemperatureBelowOne()
    {
        var gold = Enumerable.Range(0, 60).Select(i => i % 3).ToList();
        var probabilities = gold.Select(g => Enumerable.Range(0, 3).Select(c => c == g ? 0.5 : 0.25).ToArray()).ToList();
        Assert.True(TemperatureScaling.Fit(gold, probabilities) < 1);
    }

    [Fact]
    public void ApplyingATemperatureKeepsTheLabelAndSumsToOne()
    {
        double[] p = [0.2, 0.5, 0.3];
        TemperatureScaling.Apply(2.5, p);
        Assert.Equal(1.0, p.Sum(), 12);
        Assert.Equal(1, Array.IndexOf(p, p.Max()));
        Assert.True(p[1] < 0.5, "a temperature above one softens the winner");
    }

    [Fact]
    public void NothingToFitGivesOne() => Assert.Equal(1.0, TemperatureScaling.Fit([], []));
}
