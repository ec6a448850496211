namespace Stance.Classification;

/// <summary>
/// Per-label offsets added to the log-probabilities before the label is chosen, tuned on the
/// out-of-fold predictions of cross-validation to maximise macro-F1.
/// </summary>
/// <remarks>
/// Class weighting balances the loss, not macro-F1: a linear model still under-predicts the label
/// whose examples are the most varied (on ArabicStanceX, <c>none</c>). Moving the decision
/// boundaries by a constant per label is the cheapest correction that targets the metric, and the
/// out-of-fold predictions come free with the trainer comparison. The offsets are searched on a grid
/// (steps of 0.1 within ±1.5, the first label's offset fixed at 0, since only differences matter);
/// ties keep the offsets closest to zero, so that a model with nothing to correct gets none.
/// </remarks>
internal static class DecisionBias
{
    private const double Step = 0.1;
    private const int Steps = 15;

    /// <summary>Finds the offsets, in the model's score order.</summary>
    /// <param name="gold">The gold label index of each out-of-fold example, in score order.</param>
    /// <param name="scores">Its predicted probabilities, in score order.</param>
    /// <param name="classes">The number of labels.</param>
    /// <returns>One offset per label; all zero when no shift raises macro-F1.</returns>
    public static double[] Tune(IReadOnlyList<int> gold, IReadOnlyList<float[]> scores, int classes)
    {
        var logs = new double[scores.Count][];
        for (int i = 0; i < scores.Count; i++)
        {
            logs[i] = new double[classes];
            for (int c = 0; c < classes; c++)
                logs[i][c] = Math.Log(Math.Max(scores[i][c], 1e-12f));
        }

        var best = new double[classes];
        double bestF1 = MacroF1(gold, logs, best);
        double bestSize = 0;
        var candidate = new double[classes];
        var index = new int[classes - 1];
        Array.Fill(index, -Steps);
        while (true)
        {
            for (int c = 1; c < classes; c++)
                candidate[c] = index[c - 1] * Step;
            double f1 = MacroF1(gold, logs, candidate);
            double size = candidate.Sum(Math.Abs);
            if (f1 > bestF1 + 1e-12 || (Math.Abs(f1 - bestF1) <= 1e-12 && size < bestSize - 1e-12))
            {
                bestF1 = f1;
                bestSize = size;
                candidate.CopyTo(best, 0);
            }

            int k = 0;
            while (k < index.Length && ++index[k] > Steps)
                index[k++] = -Steps;
            if (k == index.Length)
                break;
        }

        return best;
    }

    /// <summary>Applies the offsets to probabilities (in score order) and renormalizes them.</summary>
    /// <param name="bias">The offsets, or an empty span for none.</param>
    /// <param name="probabilities">The probabilities, changed in place.</param>
    public static void Apply(ReadOnlySpan<double> bias, Span<double> probabilities)
    {
        if (bias.IsEmpty)
            return;
        double sum = 0;
        for (int c = 0; c < probabilities.Length && c < bias.Length; c++)
        {
            probabilities[c] *= Math.Exp(bias[c]);
            sum += probabilities[c];
        }

        if (!(sum > 0) || double.IsInfinity(sum))
            return;
        for (int c = 0; c < probabilities.Length; c++)
            probabilities[c] /= sum;
    }

    // Macro-F1 does not depend on the order of the labels, so the confusion matrix in score order
    // gives the same figure as in StanceLabels.All order.
    private static double MacroF1(IReadOnlyList<int> gold, double[][] logs, double[] bias)
    {
        int classes = bias.Length;
        var confusion = new int[classes, classes];
        for (int i = 0; i < logs.Length; i++)
        {
            int arg = 0;
            double max = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                double v = logs[i][c] + bias[c];
                if (v > max)
                {
                    max = v;
                    arg = c;
                }
            }

            confusion[gold[i], arg]++;
        }

        return StanceMetrics.FromConfusionMatrix(confusion).MacroF1;
    }
}
