namespace Stance.Classification;

/// <summary>Measures a stance model on labeled sentences with ML.NET's multiclass metrics.</summary>
public static class StanceEvaluator
{
    /// <summary>Evaluates a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="gold">The labeled sentences (never ones the model was trained on, for an honest figure).</param>
    /// <returns>Macro-F1, accuracy, per-label precision/recall/F1 and the confusion matrix.</returns>
    /// <exception cref="ArgumentException">There is no sentence to evaluate.</exception>
    public static StanceMetrics Evaluate(StanceModel model, IEnumerable<LabeledSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gold);
        var list = gold.ToList();
        if (list.Count == 0)
            throw new ArgumentException("There is no sentence to evaluate.", nameof(gold));
        return MulticlassScoring.Evaluate(model, list.Zip(model.Score(list), (g, s) => (g.Label, s)));
    }
}
