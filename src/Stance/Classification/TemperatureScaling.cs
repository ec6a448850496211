namespace Stance.Classification;

/// <summary>
/// Temperature scaling: one number T by which the log-probabilities are divided before they are
/// renormalized, fitted to minimise the negative log-likelihood of out-of-fold predictions, so that a
/// confidence of 0.8 is right about 80% of the time. It never changes which label wins.
/// </summary>
/// <remarks>ML.NET's calibrators (Platt, isotonic) are binary; for a multiclass maximum-entropy model
/// a single temperature is the standard, well-behaved correction (Guo et al., 2017).</remarks>
internal static class TemperatureScaling
{
    /// <summary>The smallest and largest temperatures searched.</summary>
    public const double Min = 0.05, Max = 20;

    /// <summary>Fits the temperature.</summary>
    /// <param name="gold">The gold label index of each example, in score order.</param>
    /// <param name="probabilities">Its probabilities (after any decision offsets), in score order.</param>
    /// <returns>The temperature; 1 when there is nothing to fit.</returns>
    public static double Fit(IReadOnlyList<int> gold, IReadOnlyList<double[]> probabilities)
    {
        if (gold.Count == 0)
            return 1;
        var logs = probabilities.Select(p => p.Select(x => Math.Log(Math.Max(x, 1e-12))).ToArray()).ToArray();
        // Golden-section search on log T: the likelihood is unimodal in T for a fixed set of logits.
        double a = Math.Log(Min), b = Math.Log(Max);
        double phi = (Math.Sqrt(5) - 1) / 2;
        double c = b - phi * (b - a), d = a + phi * (b - a);
        double fc = Loss(gold, logs, Math.Exp(c)), fd = Loss(gold, logs, Math.Exp(d));
        for (int i = 0; i < 80; i++)
        {
            if (fc < fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - phi * (b - a);
                fc = Loss(gold, logs, Math.Exp(c));
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + phi * (b - a);
                fd = Loss(gold, logs, Math.Exp(d));
            }
        }

        return Math.Round(Math.Exp((a + b) / 2), 6);
    }

    /// <summary>Applies a temperature to probabilities in place (renormalized).</summary>
    public static void Apply(double temperature, Span<double> probabilities)
    {
        if (temperature == 1)
            return;
        double max = double.NegativeInfinity;
        for (int i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = Math.Log(Math.Max(probabilities[i], 1e-12)) / temperature;
            max = Math.Max(max, probabilities[i]);
        }

        double sum = 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = Math.Exp(probabilities[i] - max);
            sum += probabilities[i];
        }

        for (int i = 0; i < probabilities.Length; i++)
            probabilities[i] /= sum;
    }

    private static double Loss(IReadOnlyList<int> gold, double[][] logs, double temperature)
    {
        double loss = 0;
        for (int i = 0; i < logs.Length; i++)
        {
            var z = logs[i];
            double max = double.NegativeInfinity;
            foreach (double v in z)
                max = Math.Max(max, v / temperature);
            double sum = 0;
            foreach (double v in z)
                sum += Math.Exp(v / temperature - max);
            loss += Math.Log(sum) + max - z[gold[i]] / temperature;
        }

        return loss / logs.Length;
    }
}
